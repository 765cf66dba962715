package io.dynaspec.engine.expression;

import io.dynaspec.engine.error.DynamoException;
import io.dynaspec.engine.error.Errors;
import io.dynaspec.engine.value.AttributeType;
import io.dynaspec.engine.value.AttributeValue;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;

/**
 * DynamoDB's messages about expressions and their parameters, each spelt once. The wording is
 * DynamoDB's own: its ValidationException messages for expressions name the parameter
 * ("Invalid ConditionExpression: "), then the rule, then the offending token, path or operand.
 */
final class ExpressionErrors {
    private ExpressionErrors() {
    }

    static DynamoException empty(ExpressionKind kind) {
        return Errors.invalidExpression(kind.parameter(), "The expression can not be empty;");
    }

    /**
     * Over 4 KB (ServiceQuotas.html). DynamoDB adds the size for condition and filter
     * expressions only.
     */
    static DynamoException tooLong(ExpressionKind kind, int bytes) {
        String detail = "Expression size has exceeded the maximum allowed size;";
        if (kind == ExpressionKind.CONDITION || kind == ExpressionKind.FILTER) {
            detail += " expression size: " + bytes;
        }
        return Errors.invalidExpression(kind.parameter(), detail);
    }

    static DynamoException syntax(ExpressionKind kind, String token, String near) {
        return Errors.invalidExpression(kind.parameter(),
                "Syntax error; token: \"" + token + "\", near: \"" + near + "\"");
    }

    static DynamoException redundantParentheses(ExpressionKind kind) {
        return Errors.invalidExpression(kind.parameter(), "The expression has redundant parentheses;");
    }

    static DynamoException reserved(ExpressionKind kind, String name) {
        return Errors.invalidExpression(kind.parameter(),
                "Attribute name is a reserved keyword; reserved keyword: " + name);
    }

    static DynamoException undefinedName(ExpressionKind kind, String placeholder) {
        return Errors.invalidExpression(kind.parameter(),
                "An expression attribute name used in the document path is not defined; attribute name: " + placeholder);
    }

    static DynamoException undefinedValue(ExpressionKind kind, String placeholder) {
        return Errors.invalidExpression(kind.parameter(),
                "An expression attribute value used in expression is not defined; attribute value: " + placeholder);
    }

    static DynamoException unknownFunction(ExpressionKind kind, String name) {
        return Errors.invalidExpression(kind.parameter(), "Invalid function name; function: " + name);
    }

    static DynamoException functionNotInCondition(ExpressionKind kind, String name) {
        return Errors.invalidExpression(kind.parameter(),
                "The function is not allowed in a condition expression; function: " + name);
    }

    static DynamoException functionNotInUpdate(ExpressionKind kind, String name) {
        return Errors.invalidExpression(kind.parameter(),
                "The function is not allowed in an update expression; function: " + name);
    }

    static DynamoException functionMisused(ExpressionKind kind, String name) {
        return Errors.invalidExpression(kind.parameter(),
                "The function is not allowed to be used this way in an expression; function: " + name);
    }

    static DynamoException operandCount(ExpressionKind kind, String function, int operands) {
        return Errors.invalidExpression(kind.parameter(),
                "Incorrect number of operands for operator or function; operator or function: " + function
                        + ", number of operands: " + operands);
    }

    static DynamoException operandType(ExpressionKind kind, String function, String type) {
        return Errors.invalidExpression(kind.parameter(),
                "Incorrect operand type for operator or function; operator or function: " + function
                        + ", operand type: " + type);
    }

    /** ADD and DELETE name their operand's type in words: "operator: ADD, operand type: STRING". */
    static DynamoException actionOperandType(String action, AttributeType type) {
        return Errors.invalidExpression(ExpressionKind.UPDATE.parameter(),
                "Incorrect operand type for operator or function; operator: " + action
                        + ", operand type: " + typeWord(type));
    }

    static DynamoException requiresPath(ExpressionKind kind, String function) {
        return Errors.invalidExpression(kind.parameter(),
                "Operator or function requires a document path; operator or function: " + function);
    }

    static DynamoException notDistinct(ExpressionKind kind, String operator, DocumentPath first) {
        return Errors.invalidExpression(kind.parameter(),
                "The first operand must be distinct from the remaining operands for this operator or function; operator: "
                        + operator + ", first operand: " + first.describe());
    }

    static DynamoException invalidTypeName(ExpressionKind kind, String name) {
        return Errors.invalidExpression(kind.parameter(),
                "Invalid attribute type name found; type: " + name + ", valid types: {B,NULL,SS,BOOL,L,BS,N,NS,S,M}");
    }

    static DynamoException betweenTypes(ExpressionKind kind, AttributeValue lower, AttributeValue upper) {
        return Errors.invalidExpression(kind.parameter(),
                "The BETWEEN operator requires same data type for lower and upper bounds; lower bound operand: "
                        + describe(lower) + ", upper bound operand: " + describe(upper));
    }

    static DynamoException betweenBounds(ExpressionKind kind, AttributeValue lower, AttributeValue upper) {
        return Errors.invalidExpression(kind.parameter(),
                "The BETWEEN operator requires upper bound to be greater than or equal to lower bound; lower bound operand: "
                        + describe(lower) + ", upper bound operand: " + describe(upper));
    }

    static DynamoException tooManyInOperands(ExpressionKind kind, int operands) {
        return Errors.invalidExpression(kind.parameter(),
                "The IN operator is provided with too many operands; number of operands: " + operands);
    }

    static DynamoException tooManyOperators(ExpressionKind kind, int operators) {
        return Errors.invalidExpression(kind.parameter(),
                "The expression contains too many operators; operator count: " + operators);
    }

    static DynamoException tooDeep(ExpressionKind kind, int levels) {
        return Errors.invalidExpression(kind.parameter(),
                "The document path has too many nesting levels; nesting levels: " + levels);
    }

    static DynamoException duplicateClause(String clause) {
        return Errors.invalidExpression(ExpressionKind.UPDATE.parameter(),
                "The \"" + clause + "\" section can only be used once in an update expression;");
    }

    static DynamoException pathsOverlap(ExpressionKind kind, DocumentPath one, DocumentPath two) {
        return Errors.invalidExpression(kind.parameter(),
                "Two document paths overlap with each other; must remove or rewrite one of these paths; path one: "
                        + one.describe() + ", path two: " + two.describe());
    }

    static DynamoException pathsConflict(ExpressionKind kind, DocumentPath one, DocumentPath two) {
        return Errors.invalidExpression(kind.parameter(),
                "Two document paths conflict with each other; must remove or rewrite one of these paths; path one: "
                        + one.describe() + ", path two: " + two.describe());
    }

    // The shape of a key condition (Query.KeyConditionExpressions.html: "=" on the partition key;
    // on the sort key one of = < <= > >= BETWEEN begins_with; AND between the two).

    static DynamoException keyConditionOperator(String operator) {
        return Errors.validation("Invalid operator used in KeyConditionExpression: " + operator);
    }

    static DynamoException keyConditionNested() {
        return Errors.validation("KeyConditionExpressions cannot contain nested operations");
    }

    static DynamoException keyConditionNestedAttribute() {
        return Errors.validation("KeyConditionExpressions cannot have conditions on nested attributes");
    }

    static DynamoException keyConditionFirstOperand(String operator) {
        return Errors.validation("Invalid condition in KeyConditionExpression: " + operator
                + " operator must have the key attribute as its first operand");
    }

    static DynamoException keyConditionMultipleNames() {
        return Errors.validation("Invalid condition in KeyConditionExpression: Multiple attribute names used in one condition");
    }

    static DynamoException keyConditionNoKey() {
        return Errors.validation("Invalid condition in KeyConditionExpression: No key attribute specified");
    }

    static DynamoException keyConditionTwicePerKey() {
        return Errors.validation("KeyConditionExpressions must only contain one condition per key");
    }

    static DynamoException keyConditionCount() {
        return Errors.validation("Conditions can be of length 1 or 2 only");
    }

    // A key condition against the table's key schema (API_Query.html, "KeyConditionExpression").

    static DynamoException missedKeyElement(String name) {
        return Errors.validation("Query condition missed key schema element: " + name);
    }

    static DynamoException keyConditionNotSupported() {
        return Errors.validation("Query key condition not supported");
    }

    static DynamoException notIndexable() {
        return Errors.validation("Attempted conditional constraint is not an indexable operation");
    }

    static DynamoException keyConditionType() {
        return Errors.invalidParameter("Condition parameter type does not match schema type");
    }

    // Placeholder maps (Expressions.ExpressionAttributeNames.html, ...AttributeValues.html).

    static DynamoException mapEmpty(String parameter) {
        return Errors.validation(parameter + " must not be empty");
    }

    static DynamoException invalidKey(String parameter, String key) {
        return Errors.validation(parameter + " contains invalid key: Syntax error; key: \"" + key + "\"");
    }

    /**
     * A placeholder past 255 bytes, in DynamoDB's words as ExtendDB's record gives them: a name's
     * message ends with the key's size, a value's does not.
     */
    static DynamoException keyTooLong(String parameter, int bytes) {
        String message = parameter
                + " contains invalid key: The expression attribute map contains a key that is too long;";
        if (parameter.equals(Placeholders.NAMES)) {
            message += " size of key: " + bytes;
        }
        return Errors.validation(message);
    }

    static DynamoException emptyName(String key) {
        return Errors.validation("ExpressionAttributeNames contains invalid value: Empty attribute name for key " + key);
    }

    static DynamoException unused(String parameter, Collection<String> keys) {
        return Errors.validation("Value provided in " + parameter + " unused in expressions: keys: {"
                + String.join(", ", keys) + "}");
    }

    static DynamoException onlyWithExpressions(String parameter) {
        return Errors.validation(parameter + " can only be specified when using expressions");
    }

    /** "...: ConditionExpression is null", or "...: UpdateExpression and ConditionExpression are null". */
    static DynamoException valuesOnlyWithExpressions(List<String> parameters) {
        return Errors.validation("ExpressionAttributeValues can only be specified when using expressions: "
                + String.join(" and ", parameters) + (parameters.size() > 1 ? " are null" : " is null"));
    }

    // Applying an update (API_UpdateItem.html and API_TransactWriteItems.html, "ValidationException").

    static DynamoException keyAttributeUpdated(String name) {
        return Errors.invalidParameter("Cannot update attribute " + name + ". This attribute is part of the key");
    }

    static DynamoException invalidPathForUpdate() {
        return Errors.validation("The document path provided in the update expression is invalid for update");
    }

    /** The message of {@link #incorrectOperandType()}. */
    static final String INCORRECT_OPERAND_TYPE = "An operand in the update expression has an incorrect data type";

    static DynamoException incorrectOperandType() {
        return Errors.validation(INCORRECT_OPERAND_TYPE);
    }

    static DynamoException missingOperand() {
        return Errors.validation("The provided expression refers to an attribute that does not exist in the item");
    }

    static DynamoException updatedItemTooLarge() {
        return Errors.validation("Item size to update has exceeded the maximum allowed size");
    }

    /** DynamoDB's rendering of a scalar operand in BETWEEN messages: {@code AttributeValue: {N:5}}. */
    static String describe(AttributeValue v) {
        String text;
        if (v instanceof AttributeValue.S s) {
            text = s.value();
        } else if (v instanceof AttributeValue.N n) {
            text = n.value().toString();
        } else if (v instanceof AttributeValue.B b) {
            text = b.value().toBase64();
        } else {
            text = v.toString();
        }
        return "AttributeValue: {" + v.type().descriptor() + ":" + text + "}";
    }

    /** The words ADD and DELETE messages use for a type. */
    static String typeWord(AttributeType type) {
        return switch (type) {
            case S -> "STRING";
            case N -> "NUMBER";
            case B -> "BINARY";
            case NULL -> "NULL";
            case BOOL -> "BOOLEAN";
            case L -> "LIST";
            case M -> "MAP";
            case SS -> "STRING SET";
            case NS -> "NUMBER SET";
            case BS -> "BINARY SET";
        };
    }

    static int utf8Length(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }
}
