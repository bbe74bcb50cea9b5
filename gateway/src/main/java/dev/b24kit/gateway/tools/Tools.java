package dev.b24kit.gateway.tools;

import java.util.List;
import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.b24kit.client.Bitrix24Exception;
import dev.b24kit.client.limits.SharedBucketUnavailable;
import dev.b24kit.gateway.page.TrustRecording;
import dev.b24kit.gateway.tools.internal.Args;
import dev.b24kit.gateway.tools.internal.Describing;
import dev.b24kit.gateway.tools.internal.FeedReading;
import dev.b24kit.gateway.tools.internal.Json;
import dev.b24kit.gateway.tools.internal.ProposalStatus;
import dev.b24kit.gateway.tools.internal.Records;
import dev.b24kit.gateway.tools.internal.Refused;
import dev.b24kit.gateway.tools.internal.Searching;
import dev.b24kit.gateway.tools.internal.Sessions;
import dev.b24kit.gateway.tools.internal.ToolSchemas;
import dev.b24kit.gateway.tools.internal.Writing;
import dev.b24kit.schema.SchemaRefusal;
import dev.b24kit.store.StoreException;
import dev.b24kit.writes.Receipt;
import dev.b24kit.writes.Writes;
import dev.b24kit.writes.WritesConfig;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The gateway's CRM tools, without MCP: {@link #specs()} describes them (names, descriptions, JSON Schemas,
 * hints), {@link #call} runs one with a JSON arguments object and answers a JSON result. The MCP server
 * exposes exactly these; the integration eval calls them directly.
 *
 * <pre>{@code
 * Tools tools = Tools.of(ToolsConfig.of(WritesConfig.of(client, catalog, store, "https://example.bitrix24.ru")));
 * Caller agent = new Caller("sales-bot", "run-1");
 * ToolResult found = tools.call("search", json("{\"entity\":\"deal\",\"filter\":{\"Stage\":\"Won\"}}"), agent);
 * ToolResult moved = tools.call("move_stage", json("{\"entity\":\"deal\",\"id\":42,\"stage\":\"Won\",\"reason\":\"paid\"}"), agent);
 * moved.json().get("receipt").get("kind");   // confirmed, drifted, refused, unknown — or proposed in observe mode
 * }</pre>
 *
 * <p>Writes are made on behalf of the caller ({@code Actor.agent(caller.client())}), so the portal's write policy
 * applies: in observe mode they become proposals and nothing is sent. Bad arguments, unknown fields and values,
 * and refused writes are {@linkplain ToolResult#refused() refusals} naming what was refused and what is accepted.
 *
 * <p>Thread-safe. Arguments must not be {@code null} (a {@code null} arguments object reads as empty). The
 * store's exceptions propagate; a portal failure (unreachable, refused request) is a refusal with its message.
 * The catalog is loaded when the tools are made ({@link #of} sends up to two requests).
 */
public final class Tools {

    private static final Logger LOG = LoggerFactory.getLogger(Tools.class);

    private final ToolsConfig config;
    private final List<ToolSpec> specs;
    private final Describing describing;
    private final Searching searching;
    private final Records records;
    private final Writing writing;
    private final FeedReading feed;
    private final ProposalStatus proposals;

    private Tools(ToolsConfig config) {
        WritesConfig w = config.writes();
        // the trust page counts what the agents' writes caught (refusals by field, adopted creates)
        Writes writes = TrustRecording.writes(Writes.of(w), w.store(), w.portal());
        Sessions sessions = new Sessions();
        this.config = config;
        this.specs = List.copyOf(ToolSchemas.specs(w.catalog(), config.readOnly()));
        this.describing = new Describing(w.catalog());
        this.searching = new Searching(w.client(), w.catalog(), config.maxRows());
        this.records = new Records(w.client(), w.catalog());
        this.writing = new Writing(writes, w.catalog(), w.store(), w.portal(), records, sessions);
        this.feed = new FeedReading(w.store(), w.portal(), w.catalog());
        this.proposals = new ProposalStatus(writes.approvals(), sessions, w.store().audit());
    }

    /** The tools over one portal; loads its field catalog (the schemas list its entities and stages). */
    public static Tools of(ToolsConfig config) {
        return new Tools(Objects.requireNonNull(config, "config"));
    }

    /** The tools, in a stable order; without the write tools when read-only. */
    public List<ToolSpec> specs() {
        return specs;
    }

    /** Runs tool {@code name} for {@code caller}; an unknown name (or a write tool when read-only) is a refusal. */
    public ToolResult call(String name, JsonNode arguments, Caller caller) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(caller, "caller");
        try {
            Args args = new Args(name, arguments);
            return switch (name) {
                case "describe_entity" -> ok(describing.describe(args));
                case "search" -> ok(searching.search(args));
                case "get" -> ok(records.get(args));
                case "create" -> write(() -> writing.create(args, caller));
                case "update" -> write(() -> writing.update(args, caller));
                case "move_stage" -> write(() -> writing.moveStage(args, caller));
                case "changes_since" -> ok(feed.since(args));
                case "proposal_status" -> ok(proposals.status(args, caller));
                default -> throw new Refused("there is no tool '" + name + "'; the tools are: "
                        + String.join(", ", specs.stream().map(ToolSpec::name).toList()), "tool", name,
                        specs.stream().map(ToolSpec::name).toList());
            };
        } catch (Refused e) {
            return refused(e.getMessage(), e.field(), e.given(), e.accepted());
        } catch (SchemaRefusal e) {
            return refused(e.getMessage(), e.subject(), e.given(), e.accepted());
        } catch (SharedBucketUnavailable e) {
            LOG.warn("tool {}: the shared request bucket is unavailable: {}", name, e.getMessage());
            return refused("the shared request bucket (Redis) is unavailable, so nothing was sent to the portal; try again "
                    + "later", null, null, List.of());
        } catch (StoreException e) {
            // the store's message names its location (a JDBC URL may hold a password): the agent gets the kind only
            LOG.warn("tool {}: the store failed: {}", name, e.getClass().getSimpleName());
            return refused(WRITE_TOOLS.contains(name)
                    ? "the store failed (" + e.getClass().getSimpleName() + ") while this write was made or recorded, so "
                            + "the portal may hold it; call again with the same arguments (and key) once the store is back: "
                            + "that settles it without doing it twice"
                    : "the store failed (" + e.getClass().getSimpleName() + "); try again later", null, null, List.of());
        } catch (Bitrix24Exception e) {
            LOG.warn("tool {}: the portal failed: {}", name, e.getMessage());
            return refused("the portal failed: " + e.getMessage() + "; nothing was changed by this call unless its "
                    + "receipt says so; try again later", null, null, List.of());
        }
    }

    private static final List<String> WRITE_TOOLS = List.of("create", "update", "move_stage");

    private interface WriteCall {
        Receipt run();
    }

    private ToolResult write(WriteCall call) {
        if (config.readOnly()) {
            throw new Refused("the gateway is read-only: writes are switched off");
        }
        Receipt receipt = call.run();
        return new ToolResult(Writing.answer(receipt), receipt instanceof Receipt.Refused);
    }

    private static ToolResult ok(ObjectNode json) {
        return new ToolResult(json, false);
    }

    private static ToolResult refused(String message, String field, String given, List<String> accepted) {
        ObjectNode json = Json.object();
        ObjectNode refused = json.putObject("refused");
        refused.put("message", message);
        refused.put("field", field);
        refused.put("given", given);
        refused.set("accepted", Json.MAPPER.valueToTree(accepted));
        json.put("summary", "refused: " + message);
        return new ToolResult(json, true);
    }
}
