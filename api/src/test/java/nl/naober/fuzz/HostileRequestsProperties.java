package nl.naober.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The generators themselves, as jqwik properties (no application needed): the same seed gives the same inputs, a
 * hostile write can never become a real one, and the hostile values are what they claim to be.
 */
class HostileRequestsProperties {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A small OpenAPI document with one schema of each kind the API has, and the dangerous body-less writes. */
    private static final JsonNode OPEN_API = JSON.readTree("""
            {"paths": {
              "/api/v1/municipalities/{code}/things/{id}/notes": {"post": {
                "parameters": [
                  {"name": "code", "in": "path", "required": true, "schema": {"type": "string"}},
                  {"name": "id", "in": "path", "required": true, "schema": {"type": "string", "format": "uuid"}}],
                "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}}}},
              "/api/v1/admin/municipalities/{code}/suspend": {"post": {
                "parameters": [{"name": "code", "in": "path", "required": true, "schema": {"type": "string"}}]}},
              "/api/v1/admin/municipalities/{code}/users/{username}/deactivate": {"post": {
                "parameters": [
                  {"name": "code", "in": "path", "required": true, "schema": {"type": "string"}},
                  {"name": "username", "in": "path", "required": true, "schema": {"type": "string"}}]}},
              "/api/v1/admin/municipalities/{code}/export": {"post": {
                "parameters": [
                  {"name": "code", "in": "path", "required": true, "schema": {"type": "string"}},
                  {"name": "scope", "in": "query", "schema": {"type": "string", "enum": ["CATALOG", "CASE_DATA"]}}]}},
              "/api/v1/municipalities/{code}/things": {"get": {
                "parameters": [
                  {"name": "code", "in": "path", "required": true, "schema": {"type": "string"}},
                  {"name": "pageable", "in": "query", "required": true,
                   "schema": {"$ref": "#/components/schemas/Pageable"}}]}}},
             "components": {"schemas": {
              "Thing": {"type": "object", "required": ["name", "postcode", "version"], "properties": {
                "name": {"type": "string", "maxLength": 100},
                "postcode": {"type": "string", "pattern": "[1-9][0-9]{3} ?[A-Za-z]{2}"},
                "kind": {"type": "string", "enum": ["A", "B"]},
                "on": {"type": "string", "format": "date"},
                "other": {"type": "string", "format": "uuid"},
                "count": {"type": "integer", "format": "int32", "minimum": 1, "maximum": 15},
                "version": {"type": "integer", "format": "int64"},
                "children": {"type": "array", "maxItems": 3, "items": {"$ref": "#/components/schemas/Child"}},
                "values": {"$ref": "#/components/schemas/Values"}}},
              "Child": {"type": "object", "required": ["firstName"], "properties": {
                "firstName": {"type": "string", "maxLength": 60},
                "birthDate": {"type": "string", "format": "date"}}},
              "Values": {"type": "object", "properties": {
                "weeks": {"type": "integer", "minimum": 1, "maximum": 26}}},
              "Pageable": {"type": "object", "properties": {
                "page": {"type": "integer", "minimum": 0},
                "size": {"type": "integer", "minimum": 1},
                "sort": {"type": "array", "items": {"type": "string"}}}}}}}
            """);

    private static final List<ApiOperation> OPERATIONS = ApiOperation.from(OPEN_API);

    @Property(tries = 50)
    void theSameSeedGivesTheSameInputs(@ForAll long seed) {
        assertThat(inputs(seed, 40)).isEqualTo(inputs(seed, 40));
    }

    @Property(tries = 100)
    void aHostileWriteNeverNamesSomethingRealNorLandsOnAnotherOperation(@ForAll long seed) {
        HostileRequests requests = new HostileRequests(new Schemas(OPEN_API), OPERATIONS, new Draw(seed));
        PathSafety safety = new PathSafety(OPERATIONS);
        for (int index = 0; index < 40; index++) {
            ApiOperation operation = OPERATIONS.get(index % OPERATIONS.size());
            FuzzInput input = requests.next(index, operation);
            if (!operation.isWrite()) {
                continue;
            }
            assertThat(input.mustRefuse() || input.kind().contains("content type"))
                    .isTrue();
            assertThat(safety.landsOnAnotherOperation(operation.method(), operation.template(), input.path()))
                    .as(input.describe())
                    .isFalse();
            if (operation.body() == null) {
                // Without a body the path or the query is what is hostile, and it names nobody real.
                assertThat(input.kind()).as(input.describe()).matches("(path|query) .*");
                String value =
                        input.kind().replaceFirst("^(path|query) [^:]+: ", "").split(" \\+ ")[0];
                assertThat(PathSafety.namesSomethingReal(value))
                        .as(input.describe())
                        .isFalse();
            }
        }
    }

    @Property(tries = 200)
    void aValueAgainstThePatternNeverMatchesIt(@ForAll long seed) {
        Schemas schemas = new Schemas(OPEN_API);
        JsonNode postcode = schemas.resolve(OPEN_API.at("/components/schemas/Thing/properties/postcode"));
        Pattern pattern = Pattern.compile(postcode.get("pattern").asString());
        Hostile hostile = new Draw(seed).from(new HostileValues(schemas).forField(postcode, true));
        if (hostile.kind().equals("against the pattern")) {
            String value = JSON.readTree(hostile.json()).asString();
            assertThat(pattern.matcher(value).matches()).as(value).isFalse();
        }
    }

    @Property(tries = 500)
    void aQuotedStringIsReadBackAsExactlyThatString(@ForAll String text) {
        assertThat(JSON.readTree(RawJson.quote(text)).asString()).isEqualTo(text);
    }

    @Property(tries = 200)
    void anEncodedSegmentDecodesToItself(@ForAll String text) {
        String plain = text.replaceAll("[\\p{Cs}/.;\\\\%]", "");
        if (!plain.isEmpty()) {
            assertThat(UrlText.normalised("/" + UrlText.encode(plain))).isEqualTo("/" + plain);
        }
    }

    private static List<String> inputs(long seed, int count) {
        HostileRequests requests = new HostileRequests(new Schemas(OPEN_API), OPERATIONS, new Draw(seed));
        List<String> inputs = new ArrayList<>();
        for (int index = 0; index < count; index++) {
            inputs.add(requests.next(index, OPERATIONS.get(index % OPERATIONS.size()))
                    .describe());
        }
        return inputs;
    }
}
