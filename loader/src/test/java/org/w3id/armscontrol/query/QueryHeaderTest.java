package org.w3id.armscontrol.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.armscontrol.rdf.Literals;

/** The header syntax of choices, booleans, event classes and date series, and what a bad header gets. */
class QueryHeaderTest {
    private static final String SERIES_QUERY = "# title: t\n"
            + "# param: from (date): first\n# param: to (date): last\n"
            + "# param: step (year|month, default year): step\n"
            + "# series: date (from, to, step): the days\n"
            + "SELECT ?date ?x WHERE { ?x <urn:p> ?d FILTER(?d <= ?date) }\n";

    @TempDir Path tmp;

    private NamedQuery write(String name, String text) throws IOException {
        Path f = tmp.resolve(name + ".rq");
        Files.writeString(f, text);
        return NamedQuery.read(f);
    }

    private IOException catalogFails(String name, String text) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("catalog-" + name));
        Files.writeString(dir.resolve(name + ".rq"), text);
        return assertThrows(IOException.class, () -> new QueryCatalog(dir));
    }

    @Test
    void aSeriesAndItsChoiceStepAreRead() throws Exception {
        NamedQuery q = write("s", SERIES_QUERY);
        Parameter step = q.parameter("step").orElseThrow();
        assertEquals(Parameter.Type.CHOICE, step.type());
        assertEquals(List.of("year", "month"), step.choices());
        assertEquals("year", step.defaultValue());
        assertEquals(new DateSeries("date", "from", "to", "step", "the days"), q.series().orElseThrow());
        assertEquals(List.of(), q.unusedParameters(), "a series uses its parameters");
    }

    @Test
    void booleanEventClassAndSourceTypesAreRead() throws Exception {
        NamedQuery q = write("b", "# param: perParty (boolean, default false): x\n# param: kind (event-class, optional): y\n"
                + "# param: source (source): z\nSELECT * WHERE { ?s ?p ?kind OPTIONAL { ?s ?q ?source FILTER(?perParty) } }\n");
        assertEquals(Parameter.Type.BOOLEAN, q.parameter("perParty").orElseThrow().type());
        assertEquals(Parameter.Type.EVENT_CLASS, q.parameter("kind").orElseThrow().type());
        assertEquals("event-class", Parameter.Type.EVENT_CLASS.label());
        assertEquals(Parameter.Type.SOURCE, q.parameter("source").orElseThrow().type());
        assertEquals(List.of(), q.unusedParameters(), "a parameter used only in an OPTIONAL's FILTER is used");
    }

    @Test
    void aDefaultThatIsNotAChoiceIsAnError() {
        IOException e = assertThrows(IOException.class, () -> write("d",
                "# param: step (year|month, default week): s\nSELECT * WHERE { ?s ?p ?step }\n"));
        assertTrue(e.getMessage().contains("step") && e.getMessage().contains("week"), e.getMessage());
    }

    @Test
    void aMalformedSeriesLineIsAnError() {
        IOException e = assertThrows(IOException.class, () -> write("m", "# series: date from to step\nSELECT * WHERE { ?s ?p ?o }\n"));
        assertTrue(e.getMessage().contains("malformed series line"), e.getMessage());
    }

    @Test
    void aSeriesOfUndeclaredOrWronglyTypedParametersIsAnError() {
        IOException noTo = assertThrows(IOException.class, () -> write("u", SERIES_QUERY.replace("# param: to (date): last\n", "")));
        assertTrue(noTo.getMessage().contains("'to' is not a declared date parameter"), noTo.getMessage());
        IOException badStep = assertThrows(IOException.class, () -> write("w",
                SERIES_QUERY.replace("(year|month, default year)", "(year|week, default year)")));
        assertTrue(badStep.getMessage().contains("'step' is not a declared parameter with the choices year|month"), badStep.getMessage());
        IOException clash = assertThrows(IOException.class, () -> write("c",
                SERIES_QUERY.replace("# series: date (from, to, step)", "# series: from (from, to, step)")));
        assertTrue(clash.getMessage().contains("also a parameter"), clash.getMessage());
    }

    @Test
    void aSeriesWhoseVariableTheQueryNeverUsesFailsAtStartUp() throws Exception {
        IOException e = catalogFails("unused-series", SERIES_QUERY.replace("FILTER(?d <= ?date)", "").replace("?date ?x", "?x"));
        assertTrue(e.getMessage().contains("from, to, step"), e.getMessage());
    }

    @Test
    void theSeriesStepsFromTheFirstDayAndIncludesTheLastWhenItIsReached() throws Exception {
        DateSeries s = write("s", SERIES_QUERY).series().orElseThrow();
        assertEquals(List.of(LocalDate.parse("2020-01-31"), LocalDate.parse("2020-02-29"), LocalDate.parse("2020-03-31")),
                s.dates(bindings("2020-01-31", "2020-03-31", "month")));
        assertEquals(List.of(LocalDate.parse("2020-01-31"), LocalDate.parse("2020-02-29")),
                s.dates(bindings("2020-01-31", "2020-03-30", "month")));
        assertEquals(List.of(LocalDate.parse("1972-01-01"), LocalDate.parse("1973-01-01")),
                s.dates(bindings("1972-01-01", "1973-12-31", "year")));
        assertEquals(List.of(LocalDate.parse("2000-02-29")), s.dates(bindings("2000-02-29", "2000-02-29", "year")));
    }

    @Test
    void aSeriesRunningBackwardsOrTooLongIsABadParameterNamingTo() throws Exception {
        DateSeries s = write("s", SERIES_QUERY).series().orElseThrow();
        BadParameterException backwards = assertThrows(BadParameterException.class, () -> s.dates(bindings("2026-01-01", "1960-01-01", "year")));
        assertEquals("to", backwards.parameter());
        assertTrue(backwards.getMessage().contains("before from"), backwards.getMessage());
        // 100 years of months is the most: 1200 days; one month more is refused.
        assertEquals(DateSeries.MAX_DATES, s.dates(bindings("1900-01-01", "1999-12-01", "month")).size());
        BadParameterException tooLong = assertThrows(BadParameterException.class, () -> s.dates(bindings("1900-01-01", "2000-01-01", "month")));
        assertEquals("to", tooLong.parameter());
        assertTrue(tooLong.getMessage().contains("1201") && tooLong.getMessage().contains("1200"), tooLong.getMessage());
    }

    @Test
    void theDaysBecomeAValuesBlockAtTheStartOfTheWhereGroup() throws Exception {
        NamedQuery q = write("s", SERIES_QUERY);
        var bound = q.series().orElseThrow().bind(q.query(), List.of(LocalDate.parse("1999-01-01"), LocalDate.parse("2000-01-01")));
        var first = ((org.apache.jena.sparql.syntax.ElementGroup) bound.getQueryPattern()).get(0);
        assertTrue(first instanceof org.apache.jena.sparql.syntax.ElementData, bound.toString());
        var data = (org.apache.jena.sparql.syntax.ElementData) first;
        assertEquals(List.of(org.apache.jena.sparql.core.Var.alloc("date")), data.getVars());
        assertEquals(List.of(Literals.day(LocalDate.parse("1999-01-01")), Literals.day(LocalDate.parse("2000-01-01"))),
                data.getRows().stream().map(b -> b.get("date")).toList());
    }

    private static Map<String, Node> bindings(String from, String to, String step) {
        return Map.of("from", Literals.day(LocalDate.parse(from)), "to", Literals.day(LocalDate.parse(to)), "step", Literals.string(step));
    }
}
