package io.dynaspec.engine.server;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.Tag;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * TagResource, UntagResource and ListTagsOfResource through the AWS SDK, as API_TagResource.html,
 * API_UntagResource.html, API_ListTagsOfResource.html and TaggingRestrictions.html describe them:
 * a key set again takes the new value, at most 50 tags, keys of 1 to 128 and values of 0 to 256
 * characters, the aws: prefix reserved, every request all or nothing. The messages are DynamoDB's.
 */
class TagWireTest {
    private static final DynamoDbClient DDB = WireFixture.CLIENT;

    private static String arnOf(String table) {
        return DDB.describeTable(b -> b.tableName(table)).table().tableArn();
    }

    private static Map<String, String> tagsOf(String arn) {
        Map<String, String> tags = new LinkedHashMap<>();
        DDB.listTagsOfResource(b -> b.resourceArn(arn)).tags().forEach(t -> tags.put(t.key(), t.value()));
        return tags;
    }

    private static Tag tag(String key, String value) {
        return Tag.builder().key(key).value(value).build();
    }

    private static String failure(Runnable call) {
        DynamoDbException e = assertThrows(DynamoDbException.class, call::run);
        return e.awsErrorDetails().errorCode() + ": " + e.awsErrorDetails().errorMessage();
    }

    @Test
    void tagsAreListedAndAKeySetAgainTakesTheNewValue() {
        String arn = arnOf(DocTables.productCatalog());
        assertEquals(Map.of(), tagsOf(arn));

        DDB.tagResource(b -> b.resourceArn(arn).tags(tag("Owner", "blueTeam"), tag("Stage", "")));
        DDB.tagResource(b -> b.resourceArn(arn).tags(tag("Owner", "redTeam")));
        assertEquals(Map.of("Owner", "redTeam", "Stage", ""), tagsOf(arn));

        DDB.untagResource(b -> b.resourceArn(arn).tagKeys("Stage", "NeverSet"));
        assertEquals(Map.of("Owner", "redTeam"), tagsOf(arn));
    }

    @Test
    void theEnginesOwnOptionsAreReadableAsTags() {
        String table = WireFixture.uniqueTable("Partitioned");
        DDB.createTable(b -> b.tableName(table).billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(AttributeDefinition.builder().attributeName("Id").attributeType(ScalarAttributeType.S).build())
                .keySchema(KeySchemaElement.builder().attributeName("Id").keyType(KeyType.HASH).build())
                .tags(tag("dynaspec:partitions", "2"), tag("Team", "a")));
        assertEquals(Map.of("dynaspec:partitions", "2", "Team", "a"), tagsOf(arnOf(table)));
        assertEquals(2, WireFixture.ENGINE.cluster().table(table).partitions().size());
    }

    @Test
    void atMostFiftyTagsAndTheRequestThatWouldPassThemSetsNone() {
        String arn = arnOf(DocTables.productCatalog());
        List<Tag> fifty = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            fifty.add(tag("k" + i, "v"));
        }
        DDB.tagResource(b -> b.resourceArn(arn).tags(fifty));
        assertEquals("ValidationException: Number of Tags exceed the current limit for the provided ResourceArn",
                failure(() -> DDB.tagResource(b -> b.resourceArn(arn).tags(tag("k0", "w"), tag("k50", "v")))));
        assertEquals(50, tagsOf(arn).size());
        assertEquals("v", tagsOf(arn).get("k0"));
    }

    @Test
    void badTagsAreRefusedWithDynamoDbsMessagesAndNothingIsSet() {
        String arn = arnOf(DocTables.productCatalog());
        String longKey = "k".repeat(129);
        assertEquals("ValidationException: The Tag Key provided is invalid, Key: " + longKey,
                failure(() -> DDB.tagResource(b -> b.resourceArn(arn).tags(tag("good", "v"), tag(longKey, "v")))));
        assertEquals("ValidationException: The Tag Value provided is invalid, Value: " + "v".repeat(257),
                failure(() -> DDB.tagResource(b -> b.resourceArn(arn).tags(tag("k", "v".repeat(257))))));
        assertEquals("ValidationException: The Tag Value provided is invalid, Value: a,b",
                failure(() -> DDB.tagResource(b -> b.resourceArn(arn).tags(tag("k", "a,b")))));
        assertEquals("ValidationException: Tag Key cannot be prefixed with aws:, Key: aws:zzz",
                failure(() -> DDB.tagResource(b -> b.resourceArn(arn).tags(tag("good", "v"), tag("aws:zzz", "v")))));
        assertEquals("ValidationException: Duplicate Tag Keys provided as input: Duplicate Tag Key found dup",
                failure(() -> DDB.tagResource(b -> b.resourceArn(arn).tags(tag("dup", "1"), tag("dup", "2")))));
        assertEquals("ValidationException: Atleast one Tag needs to be provided as Input.",
                failure(() -> DDB.tagResource(b -> b.resourceArn(arn).tags(List.of()))));
        assertEquals("ValidationException: Atleast one Tag Key needs to be provided as Input.",
                failure(() -> DDB.untagResource(b -> b.resourceArn(arn).tagKeys(List.of()))));
        assertEquals(Map.of(), tagsOf(arn));
        DDB.tagResource(b -> b.resourceArn(arn).tags(tag("ключ", "café a+b-c=d.e_f:g/h@i")));
        assertEquals(Map.of("ключ", "café a+b-c=d.e_f:g/h@i"), tagsOf(arn));
    }

    @Test
    void aResourceArnIsATableArnOfAnExistingTable() {
        assertEquals("ValidationException: Invalid TableArn: Invalid ResourceArn provided as input a:b:c:d:e:f/g",
                failure(() -> DDB.listTagsOfResource(b -> b.resourceArn("a:b:c:d:e:f/g"))));
        String missing = "arn:aws:dynamodb:us-east-1:000000000000:table/NoSuchTable";
        ResourceNotFoundException e = assertThrows(ResourceNotFoundException.class,
                () -> DDB.tagResource(b -> b.resourceArn(missing).tags(tag("k", "v"))));
        assertEquals("Requested resource not found: ResourcArn: " + missing + " not found", e.awsErrorDetails().errorMessage());
        // The tags are judged before the table is looked up.
        assertEquals("ValidationException: Atleast one Tag needs to be provided as Input.",
                failure(() -> DDB.tagResource(b -> b.resourceArn(missing).tags(List.of()))));
    }
}
