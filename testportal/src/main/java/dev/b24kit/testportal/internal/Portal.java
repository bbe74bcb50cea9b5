package dev.b24kit.testportal.internal;

import java.net.URI;
import java.time.InstantSource;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import dev.b24kit.testportal.CutOff;
import dev.b24kit.testportal.LatencyMode;
import dev.b24kit.testportal.PortalConfig;
import dev.b24kit.testportal.SilentDrops;
import dev.b24kit.testportal.internal.auth.Credentials;
import dev.b24kit.testportal.internal.crm.CrmStore;
import dev.b24kit.testportal.internal.events.EventBus;
import dev.b24kit.testportal.internal.faults.FaultPlan;
import dev.b24kit.testportal.internal.limits.CostModel;
import dev.b24kit.testportal.internal.limits.LeakyBucket;
import dev.b24kit.testportal.internal.limits.OperatingBudget;
import dev.b24kit.testportal.internal.rest.CallLog;
import dev.b24kit.testportal.internal.rest.MethodTable;
import dev.b24kit.testportal.internal.time.Sleeper;
import dev.b24kit.testportal.internal.users.UserDirectory;

/**
 * Everything one running test portal holds: configuration, clock, limits, credentials, methods and
 * state. The run-time knobs (latency, cost model, silent drops, cut-off) are volatile so the admin
 * API can switch them while calls are served. Portal state is guarded by {@link #stateLock()}: handlers of
 * read methods run under its read lock, of write methods under its write lock.
 */
public final class Portal {

    private final PortalConfig config;
    private final InstantSource clock;
    private final Sleeper sleeper;
    private final MethodTable methods = new MethodTable();
    private final LeakyBucket bucket;
    private final OperatingBudget budget;
    private final Credentials credentials = new Credentials();
    private final CallLog callLog = new CallLog(10_000);
    private final ReadWriteLock stateLock = new ReentrantReadWriteLock();
    private final CrmStore crm = new CrmStore();
    private final EventBus events;
    private final FaultPlan faults;
    private volatile URI baseUrl = URI.create("http://127.0.0.1/");
    private volatile CostModel costModel = CostModel.DEFAULT;
    private volatile LatencyMode latency;
    private volatile SilentDrops silentDrops;
    private volatile CutOff cutOff;
    private final UserDirectory users = UserDirectory.standard();

    public Portal(PortalConfig config, Sleeper sleeper, List<MethodFamily> families) {
        this.config = config;
        this.clock = config.clock();
        this.sleeper = sleeper;
        this.bucket = new LeakyBucket(clock, config.plan());
        this.budget = new OperatingBudget(clock, config.operatingLimit());
        this.latency = config.latency();
        this.silentDrops = config.silentDrops();
        this.cutOff = config.cutOff();
        this.events = new EventBus(clock, this::baseUrl, config.seed(), dev.b24kit.testportal.EventDelivery.CLOUD);
        this.faults = new FaultPlan(config.seed());
        crm.addListener(events::onChange);
        crm.addUserFieldListener(events::onUserFieldChange);
        dev.b24kit.testportal.internal.auth.EventTokens.wire(this);
        for (MethodFamily family : families) {
            family.register(methods, this);
        }
    }

    public PortalConfig config() {
        return config;
    }

    public InstantSource clock() {
        return clock;
    }

    public ZoneId zone() {
        return config.zone();
    }

    public Sleeper sleeper() {
        return sleeper;
    }

    public MethodTable methods() {
        return methods;
    }

    public LeakyBucket bucket() {
        return bucket;
    }

    public OperatingBudget budget() {
        return budget;
    }

    public Credentials credentials() {
        return credentials;
    }

    public CallLog callLog() {
        return callLog;
    }

    public ReadWriteLock stateLock() {
        return stateLock;
    }

    /** CRM state; access it only under {@link #stateLock()}. */
    public CrmStore crm() {
        return crm;
    }

    /** Outbound events: subscriptions, delivery queue, offline queue. */
    public EventBus events() {
        return events;
    }

    /** Scheduled faults. */
    public FaultPlan faults() {
        return faults;
    }

    /** {@code http(s)://HOST:PORT/} of the running portal (known once the server is bound). */
    public URI baseUrl() {
        return baseUrl;
    }

    public void baseUrl(URI value) {
        this.baseUrl = value;
    }

    /** Whether a user is a portal administrator. */
    public boolean isAdmin(long userId) {
        var user = users.find(userId);
        return user != null && user.admin();
    }

    public CostModel costModel() {
        return costModel;
    }

    public void costModel(CostModel value) {
        this.costModel = value;
    }

    public LatencyMode latency() {
        return latency;
    }

    public void latency(LatencyMode value) {
        this.latency = value;
    }

    public SilentDrops silentDrops() {
        return silentDrops;
    }

    public void silentDrops(SilentDrops value) {
        this.silentDrops = value;
    }

    /** Where the front end cuts a request off (§4.3). */
    public CutOff cutOff() {
        return cutOff;
    }

    public void cutOff(CutOff value) {
        this.cutOff = value;
    }

    /** The portal's employees (§11). */
    public UserDirectory users() {
        return users;
    }
}
