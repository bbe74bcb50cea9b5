package dev.b24kit.eval.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.JsonNode;

import dev.b24kit.client.Bitrix24Exception;
import dev.b24kit.client.Params;
import dev.b24kit.schema.EntitySchema;
import dev.b24kit.schema.EntityType;
import dev.b24kit.schema.EnumItem;
import dev.b24kit.schema.FieldRef;
import dev.b24kit.schema.FieldType;
import dev.b24kit.schema.Pipeline;
import dev.b24kit.writes.Receipt;

/**
 * Probe 3: on a sandbox deal, writes the portal would drop (docs/bitrix24-behavior.md §8) — an enumeration
 * label instead of an item ID, a stage of another pipeline, a read-only field — are sent raw with
 * {@code crm.deal.update} and read back: a value that did not change while the call answered {@code true} is
 * a silent drop. The same write is then made through verified writes, which must refuse it before sending,
 * report it drifted, or (a label) resolve it to the item and confirm it by read-back. A portal that refuses or
 * stores such a write does not drop, and the probe reports that instead of the quirk.
 */
final class SilentDropProbe implements Probe {

    /** One write the portal would drop: the field, the value as it is sent raw. */
    private record Case(String what, FieldRef field, Object before, Object raw, String resolved) {
    }

    @Override
    public int number() {
        return 3;
    }

    @Override
    public String id() {
        return "silent-drops";
    }

    @Override
    public String title() {
        return "Silent drops";
    }

    @Override
    public String writes() {
        return "it creates a sandbox deal and sends writes the portal would drop";
    }

    @Override
    public Outcome run(ProbeContext context) {
        EntitySchema schema = context.catalog().schema(EntityType.DEAL);
        Pipeline home = schema.pipelines().stream().filter(Pipeline::isDefault).findFirst()
                .orElse(schema.pipelines().isEmpty() ? null : schema.pipelines().getFirst());
        long deal = context.sandbox().create("deal", home == null ? null : home.id());
        List<Case> cases = cases(context, schema, home, deal);
        List<String> evidence = new ArrayList<>();
        evidence.add("sandbox deal " + deal + (home == null ? "" : " in pipeline " + home.describe()));
        int dropped = 0;
        int caught = 0;
        for (Case c : cases) {
            String portal = sendRaw(context, deal, c);
            dropped += portal.startsWith("dropped") ? 1 : 0;
            String verified = verified(context, deal, c);
            caught += verified.startsWith("caught") ? 1 : 0;
            evidence.add(c.what() + " — raw crm.deal.update " + c.field().upper() + "=" + c.raw() + ": " + portal
                    + "; verified write: " + verified);
        }
        if (cases.isEmpty()) {
            return Outcome.skipped("the portal's deals have no enumeration field, second pipeline or read-only field to try");
        }
        if (caught < cases.size()) {
            return Outcome.fail("verified writes reported " + (cases.size() - caught) + " of " + cases.size()
                    + " dropped writes as done", evidence);
        }
        return Outcome.of(dropped == cases.size(),
                "the portal dropped " + dropped + " of " + cases.size() + " writes silently (answered true, kept the old value); "
                        + "verified writes caught every one",
                "the portal does not drop silently (" + dropped + " of " + cases.size() + " writes dropped): it refused or "
                        + "stored the others, so the quirk b24kit guards against is absent here; verified writes caught every one",
                evidence);
    }

    private static List<Case> cases(ProbeContext context, EntitySchema schema, Pipeline home, long deal) {
        List<Case> cases = new ArrayList<>();
        Optional<FieldRef> enumeration = schema.fields().stream()
                .filter(f -> f.type() == FieldType.ENUMERATION && !f.multiple() && !f.readOnly() && f.items().size() >= 2)
                .findFirst();
        if (enumeration.isPresent()) {
            FieldRef field = enumeration.get();
            EnumItem first = field.items().get(0);
            EnumItem second = field.items().get(1);
            context.client().call("crm.deal.update", Params.of("id", deal).with("fields", Map.of(field.upper(), first.id())));
            cases.add(new Case("an enumeration label instead of its ID", field, Long.toString(first.id()), second.value(),
                    Long.toString(second.id())));
        }
        Optional<Pipeline> other = schema.pipelines().stream().filter(p -> home != null && p.id() != home.id() && !p.stages().isEmpty()).findFirst();
        Optional<FieldRef> stage = schema.find("STAGE_ID");
        if (other.isPresent() && stage.isPresent()) {
            String current = readRaw(context, deal, "STAGE_ID");
            cases.add(new Case("a stage of another pipeline (" + other.get().describe() + ")", stage.get(), current,
                    other.get().stages().getFirst().statusId(), null));
        }
        Optional<FieldRef> readOnly = schema.find("DATE_CREATE").filter(FieldRef::readOnly);
        if (readOnly.isPresent()) {
            cases.add(new Case("a read-only field", readOnly.get(), readRaw(context, deal, "DATE_CREATE"), "2001-02-03T04:05:06+03:00", null));
        }
        return cases;
    }

    /** Sends the raw write and reads the field back: dropped, refused or stored. */
    private static String sendRaw(ProbeContext context, long deal, Case c) {
        JsonNode answer;
        try {
            answer = context.client().call("crm.deal.update", Params.of("id", deal).with("fields", Map.of(c.field().upper(), c.raw()))).result();
        } catch (Bitrix24Exception e) {
            return "refused (" + e.error() + ": " + e.description() + "), not dropped";
        }
        String after = readRaw(context, deal, c.field().upper());
        if (String.valueOf(c.before()).equals(after)) {
            return "dropped (answered " + answer + ", still " + after + ")";
        }
        return "stored (answered " + answer + ", now " + after + "), not dropped";
    }

    /** Makes the same write through verified writes. */
    private static String verified(ProbeContext context, long deal, Case c) {
        Receipt receipt = context.writes().update("deal", deal, Map.of(c.field().upper(), c.raw()));
        return switch (receipt) {
            case Receipt.Refused r -> "caught: refused before sending (" + r.reason() + ")";
            case Receipt.Drifted d -> "caught: drifted on read-back (" + d.diffs().stream()
                    .map(f -> f.field() + " asked " + f.expected() + ", holds " + f.actual()).toList() + ")";
            case Receipt.Confirmed ok -> confirmed(context, deal, c);
            case Receipt.Unknown u -> "NOT caught: outcome unknown (" + u.attempts() + ")";
            case Receipt.Proposed p -> "NOT caught: stored as proposal " + p.proposalId();
        };
    }

    /** A confirmed write is right only for a label the catalog resolved to its item, which the portal then holds. */
    private static String confirmed(ProbeContext context, long deal, Case c) {
        String now = readRaw(context, deal, c.field().upper());
        return c.resolved() != null && c.resolved().equals(now)
                ? "caught: the label was resolved to its item ID and the read-back confirmed it (now " + now + ")"
                : "NOT caught: confirmed, yet the portal holds " + now;
    }

    private static String readRaw(ProbeContext context, long deal, String field) {
        JsonNode value = context.client().call("crm.deal.get", Params.of("id", deal)).result().get(field);
        return value == null || value.isNull() ? "" : value.isValueNode() ? value.asString() : value.toString();
    }
}
