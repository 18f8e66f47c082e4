package org.enhancedpractice.xapi.validation;

import static org.enhancedpractice.xapi.validation.Statements.ACTIVITY;
import static org.enhancedpractice.xapi.validation.Statements.replacing;
import static org.enhancedpractice.xapi.validation.Statements.with;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.JsonObject;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** One negative case per rule of xAPI 1.0.3 Part 2 §2.2–2.4, each asserting the property path and the rule code. */
class StatementValidatorTest {

    @Test
    void acceptsMinimalStatementWithNonAsciiLanguageMaps() {
        assertDoesNotThrow(() -> StatementValidator.validate(with("")));
    }

    @Test
    void acceptsFullStatement() {
        JsonObject statement = with("""
                'id':'5f0c6e59-7a4b-4d8f-9f0e-2a3b4c5d6e7f','timestamp':'2026-11-25T09:30:00.250+01:00','version':'1.0.3',
                'result':{'score':{'scaled':0.8,'raw':8,'min':0,'max':10},'success':true,'completion':true,'response':'ok','duration':'PT1H30M','extensions':{'https://ept.example/x/hours':1.5}},
                'context':{'registration':'0d6f1c2e-4b5a-4c3d-8e9f-0a1b2c3d4e5f','instructor':{'mbox':'mailto:tutor@example.ac.uk'},
                  'team':{'objectType':'Group','name':'Ward 4','member':[{'mbox_sha1sum':'ebd31e95054c018b10727ccffd2ef2ec3a016ee9'}]},
                  'contextActivities':{'parent':{'id':'https://ept.example/courses/ecp'},'grouping':[{'id':'https://ept.example/programmes/st0895'}]},
                  'revision':'2','platform':'Moodle','language':'cy-GB','statement':{'objectType':'StatementRef','id':'6f0c6e59-7a4b-4d8f-9f0e-2a3b4c5d6e7f'}},
                'attachments':[{'usageType':'http://adlnet.gov/expapi/attachments/signature','display':{'fr-CA':'signature'},'contentType':'application/octet-stream','length':10,'sha2':'abc'}]
                """);
        assertDoesNotThrow(() -> StatementValidator.validate(statement));
    }

    @Test
    void acceptsInteractionActivityAndSubStatement() {
        JsonObject statement = replacing("object", """
                {'objectType':'SubStatement','actor':{'openid':'https://id.example/ada'},'verb':{'id':'http://adlnet.gov/expapi/verbs/answered'},
                 'object':{'id':'https://ept.example/q/1','definition':{'interactionType':'choice','correctResponsesPattern':['a'],
                   'choices':[{'id':'a','description':{'en-US':'Yes','de':'Ja'}},{'id':'b'}]}}}""");
        assertDoesNotThrow(() -> StatementValidator.validate(statement));
    }

    static Stream<Arguments> violations() {
        return Stream.of(
                Arguments.of(with("'colour':'blue'"), "$.colour", Rule.UNKNOWN_PROPERTY),
                Arguments.of(replacing("actor", "'ada'"), "$.actor", Rule.NOT_AN_OBJECT),
                Arguments.of(replacing("id", "'not-a-uuid'"), "$.id", Rule.NOT_A_UUID),
                Arguments.of(replacing("actor", "{'mbox':'mailto:a@example.org','openid':'https://id.example/a'}"), "$.actor", Rule.IFI_COUNT),
                Arguments.of(replacing("actor", "{'name':'nobody'}"), "$.actor", Rule.IFI_COUNT),
                Arguments.of(replacing("actor", "{'mbox':'a@example.org'}"), "$.actor.mbox", Rule.MBOX_MAILTO),
                Arguments.of(replacing("actor", "{'mbox_sha1sum':'xyz'}"), "$.actor.mbox_sha1sum", Rule.SHA1_HEX),
                Arguments.of(replacing("actor", "{'openid':'not an iri'}"), "$.actor.openid", Rule.NOT_AN_IRI),
                Arguments.of(replacing("actor", "{'account':{'homePage':'https://x.example'}}"), "$.actor.account.name", Rule.REQUIRED),
                Arguments.of(replacing("actor", "{'account':{'homePage':'x','name':'n'}}"), "$.actor.account.homePage", Rule.NOT_AN_IRI),
                Arguments.of(replacing("actor", "{'objectType':'Group','name':'anonymous'}"), "$.actor.member", Rule.ANONYMOUS_GROUP_MEMBERS),
                Arguments.of(replacing("actor", "{'objectType':'Group','member':[{'objectType':'Group','mbox':'mailto:g@example.org'}]}"), "$.actor.member[0]", Rule.GROUP_MEMBER),
                Arguments.of(replacing("actor", "{'objectType':'Person','mbox':'mailto:a@example.org'}"), "$.actor.objectType", Rule.OBJECT_TYPE),
                Arguments.of(replacing("verb", "{'id':'completed'}"), "$.verb.id", Rule.NOT_AN_IRI),
                Arguments.of(replacing("verb", "{'id':'http://adlnet.gov/expapi/verbs/completed','display':{'en_GB':'done'}}"), "$.verb.display.en_GB", Rule.LANGUAGE_TAG),
                Arguments.of(replacing("verb", "{'id':'http://adlnet.gov/expapi/verbs/completed','display':{'en':7}}"), "$.verb.display.en", Rule.NOT_A_STRING),
                Arguments.of(replacing("verb", "{'display':{'en':'x'}}"), "$.verb.id", Rule.REQUIRED),
                Arguments.of(replacing("object", "{'objectType':'Thing','id':'https://x.example'}"), "$.object.objectType", Rule.OBJECT_TYPE),
                Arguments.of(replacing("object", "{'id':'https://x.example','definition':{'interactionType':'essay'}}"), "$.object.definition.interactionType", Rule.INTERACTION_TYPE),
                Arguments.of(replacing("object", "{'id':'https://x.example','definition':{'interactionType':'likert','choices':[{'id':'a'}]}}"), "$.object.definition.choices", Rule.INTERACTION_COMPONENT),
                Arguments.of(replacing("object", "{'id':'https://x.example','definition':{'interactionType':'choice','choices':[{'id':'a'},{'id':'a'}]}}"), "$.object.definition.choices[1].id", Rule.DUPLICATE_COMPONENT_ID),
                Arguments.of(replacing("object", "{'id':'https://x.example','definition':{'correctResponsesPattern':['a']}}"), "$.object.definition.correctResponsesPattern", Rule.INTERACTION_TYPE),
                Arguments.of(replacing("object", "{'objectType':'StatementRef','id':'12'}"), "$.object.id", Rule.NOT_A_UUID),
                Arguments.of(replacing("object", "{'objectType':'SubStatement','id':'5f0c6e59-7a4b-4d8f-9f0e-2a3b4c5d6e7f','actor':{'mbox':'mailto:a@example.org'},'verb':{'id':'http://x.example/v'},'object':" + ACTIVITY + "}"), "$.object.id", Rule.SUBSTATEMENT_PROPERTY),
                Arguments.of(replacing("object", "{'objectType':'SubStatement','actor':{'mbox':'mailto:a@example.org'},'verb':{'id':'http://x.example/v'},'object':{'objectType':'SubStatement'}}"), "$.object.object", Rule.NESTED_SUBSTATEMENT),
                Arguments.of(replacing("verb", "{'id':'http://adlnet.gov/expapi/verbs/voided'}"), "$.object", Rule.VOIDING_OBJECT),
                Arguments.of(with("'result':{'score':{'scaled':1.5}}"), "$.result.score.scaled", Rule.SCORE_SCALED_RANGE),
                Arguments.of(with("'result':{'score':{'raw':11,'min':0,'max':10}}"), "$.result.score.raw", Rule.SCORE_RAW_RANGE),
                Arguments.of(with("'result':{'score':{'min':10,'max':0}}"), "$.result.score.min", Rule.SCORE_MIN_MAX),
                Arguments.of(with("'result':{'score':{'raw':'8'}}"), "$.result.score.raw", Rule.NOT_A_NUMBER),
                Arguments.of(with("'result':{'success':'yes'}"), "$.result.success", Rule.NOT_A_BOOLEAN),
                Arguments.of(with("'result':{'duration':'90 minutes'}"), "$.result.duration", Rule.DURATION),
                Arguments.of(with("'result':{'extensions':{'hours':1}}"), "$.result.extensions.hours", Rule.NOT_AN_IRI),
                Arguments.of(with("'context':{'registration':'abc'}"), "$.context.registration", Rule.NOT_A_UUID),
                Arguments.of(with("'context':{'team':{'mbox':'mailto:a@example.org'}}"), "$.context.team", Rule.TEAM_GROUP),
                Arguments.of(with("'context':{'contextActivities':{'sibling':[]}}"), "$.context.contextActivities.sibling", Rule.UNKNOWN_PROPERTY),
                Arguments.of(with("'context':{'contextActivities':{'parent':[{'id':'nope'}]}}"), "$.context.contextActivities.parent[0].id", Rule.NOT_AN_IRI),
                Arguments.of(with("'context':{'language':'english!'}"), "$.context.language", Rule.LANGUAGE_TAG),
                Arguments.of(with("'context':{'statement':{'objectType':'Activity','id':'https://x.example'}}"), "$.context.statement.objectType", Rule.OBJECT_TYPE),
                Arguments.of(withObjectAndContext("{'objectType':'Agent','mbox':'mailto:b@example.org'}", "{'platform':'Moodle'}"), "$.context.platform", Rule.CONTEXT_ACTIVITY_ONLY),
                Arguments.of(replacing("timestamp", "'2026-13-01T00:00:00Z'"), "$.timestamp", Rule.TIMESTAMP),
                Arguments.of(replacing("timestamp", "'2026-11-25T10:00:00-00:00'"), "$.timestamp", Rule.TIMESTAMP),
                Arguments.of(replacing("version", "'2.0.0'"), "$.version", Rule.VERSION),
                Arguments.of(replacing("attachments", "{}"), "$.attachments", Rule.NOT_AN_ARRAY),
                Arguments.of(replacing("attachments", "[{'usageType':'http://x.example/u','display':{'en':'x'},'contentType':'text/plain','length':1.5,'sha2':'a'}]"), "$.attachments[0].length", Rule.NOT_AN_INTEGER),
                Arguments.of(replacing("attachments", "[{'usageType':'http://x.example/u','display':{'en':'x'},'contentType':'text/plain','length':-1,'sha2':'a'}]"), "$.attachments[0].length", Rule.NOT_NEGATIVE));
    }

    private static JsonObject withObjectAndContext(String object, String context) {
        JsonObject base = replacing("object", object);
        return jakarta.json.Json.createObjectBuilder(base).add("context", Statements.json(context)).build();
    }

    @ParameterizedTest(name = "{2} at {1}")
    @MethodSource("violations")
    void rejectsEachRule(JsonObject statement, String property, Rule rule) {
        InvalidStatement problem = assertThrows(InvalidStatement.class, () -> StatementValidator.validate(statement));
        assertEquals(property, problem.property(), problem::detail);
        assertEquals(rule, problem.rule(), problem::detail);
        assertEquals(400, problem.status());
    }
}
