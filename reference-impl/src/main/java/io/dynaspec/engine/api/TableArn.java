package io.dynaspec.engine.api;

import io.dynaspec.engine.cluster.Cluster;
import io.dynaspec.engine.cluster.Table;
import io.dynaspec.engine.error.Errors;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A table's Amazon Resource Name, as DescribeTable reports it (TableArn) and the tagging
 * operations take it (ResourceArn): {@value #PREFIX}&lt;table name&gt;. The engine has one account
 * and one region.
 */
public final class TableArn {
    /** The account and region the engine reports in ARNs. */
    public static final String PREFIX = "arn:aws:dynamodb:us-east-1:000000000000:table/";
    /** A DynamoDB table ARN of any region and account: arn:aws:dynamodb:REGION:ACCOUNT:table/NAME. */
    private static final Pattern TABLE_ARN = Pattern.compile("arn:aws:dynamodb:[a-z0-9-]+:\\d{12}:table/([a-zA-Z0-9_.-]{3,255})");

    private TableArn() {
    }

    /** The ARN of the table with this name. */
    public static String of(String tableName) {
        return PREFIX + tableName;
    }

    /**
     * The table a ResourceArn names: ValidationException when it is not a table ARN,
     * ResourceNotFoundException when no table of the engine has it.
     */
    public static Table resolve(Cluster cluster, String arn) {
        Matcher m = TABLE_ARN.matcher(arn);
        if (!m.matches()) {
            throw Errors.invalidTableArn(arn);
        }
        Table table = arn.startsWith(PREFIX) ? cluster.table(m.group(1)) : null;
        if (table == null) {
            throw Errors.resourceArnNotFound(arn);
        }
        return table;
    }

    /** Checks the form of a ResourceArn before the request's other members are judged. */
    public static void checkForm(String arn) {
        if (!TABLE_ARN.matcher(arn).matches()) {
            throw Errors.invalidTableArn(arn);
        }
    }
}
