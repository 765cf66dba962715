package io.dynaspec.runner.steps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The seed's own command lines read into the requests the AWS CLI would send. */
class AwsCliCommandTest {

    @Test
    void readsTheSeedsConditionalPut() {
        AwsCliCommand c = AwsCliCommand.parse(" aws dynamodb put-item --table-name \"Employee\" --item '{\"LoginAlias\": {\"S\": \"irenes\"}}'"
                + " --condition-expression 'attribute_not_exists(LoginAlias)' --endpoint-url http://localhost:8000");
        assertEquals("PutItem", c.operation());
        assertEquals("{\"TableName\":\"Employee\",\"Item\":{\"LoginAlias\":{\"S\":\"irenes\"}},"
                + "\"ConditionExpression\":\"attribute_not_exists(LoginAlias)\"}", c.request().toString());
    }

    @Test
    void readsAPromptAndFlags() {
        AwsCliCommand c = AwsCliCommand.parse("$ aws dynamodb get-item --table-name T --key '{\"K\": {\"S\": \"a b\"}}' \\\n --consistent-read");
        assertEquals("{\"TableName\":\"T\",\"Key\":{\"K\":{\"S\":\"a b\"}},\"ConsistentRead\":true}", c.request().toString());
    }

    @Test
    void refusesWhatItDoesNotKnow() {
        assertThrows(IllegalArgumentException.class, () -> AwsCliCommand.parse("aws dynamodb scan --table-name T"));
        assertThrows(IllegalArgumentException.class, () -> AwsCliCommand.parse("aws dynamodb put-item --tabel-name T"));
    }
}
