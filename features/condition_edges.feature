# Source: docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.OperatorsAndFunctions.html (a = b "true if a is equal to b", and so on; "NOT a — true if a is false"; IN "can contain up to 100 values"; contains on a String, a Set of the operand's type or a List, and "contains (a, a) returns an error"; size of a String, Binary, Set, List or Map; the attribute_type names; "These function names are case sensitive")
# Source: docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.Attributes.html (document paths: [n] for list elements, . for map elements; "MyList[-1]" and "MyList[0.4]" are invalid; a name must start with a-z or A-Z, or go through an expression attribute name)
# Source: docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.ExpressionAttributeNames.html (a dot inside an expression attribute name is part of one top-level attribute's name; reserved words need a placeholder)
# Source: docs.aws.amazon.com/amazondynamodb/latest/developerguide/LegacyConditionalParameters.html ("DynamoDB does not allow mixing legacy conditional parameters and expression parameters in a single call")
# Source: docs.aws.amazon.com/amazondynamodb/latest/developerguide/LegacyConditionalParameters.Expected.html (string comparisons "based on Unicode with UTF-8 binary encoding"; "For Binary, DynamoDB treats each byte of the binary data as unsigned when it compares binary values"; how many values each ComparisonOperator takes; BETWEEN "Greater than or equal to the first value, and less than or equal to the second value"; NOT_NULL on an attribute of type NULL is true and NULL is false, "because the attribute exists")
# Source: docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ExpectedAttributeValue.html (ValidationException when Exists is true without a Value, or false with one; a value of another type "does not match")
# Record: dynalite's test suite, which records live DynamoDB's answers (deleteItem, putItem, scan and updateItem validations: the exact messages of the @strict scenarios; "<>" between values of different types is true; which of two request errors is reported)
# Seed: "A condition expression is a condition checked before item creation/update. This condition must be satisfied in order for the PutItem operation to succeed"
# Seed: "If the item you pass to PutItem's primary key value does not match any primary key in the table with attribute PK then the item does not exist in the table"
# Seed: "If condition expression fails, the `ConditionalCheckFailedException` is thrown, otherwise Item is created"
@condition_edges
Feature: Condition edges: missing and NULL attributes, types, document paths, placeholders and the legacy Expected map
  The middle of every comparator and function is checked in condition_expressions. Here each one
  meets what it was not written for: an attribute that is missing or of type NULL, a value of
  another type, a path that runs off a list or into a scalar, a key that holds no item. A condition
  that does not hold rejects the put with ConditionalCheckFailedException; a request DynamoDB
  cannot read fails with ValidationException before any item is looked at.

  Background:
    Given a table Employee keyed by LoginAlias
    And the item in Employee:
      """
      {"LoginAlias": {"S": "irenes"}, "FirstName": {"S": "Irene"}, "Age": {"N": "34"}, "Skills": {"SS": ["python", "aws"]}, "Scores": {"NS": ["7", "12"]},
       "Address": {"M": {"City": {"S": "Seattle"}}}, "Projects": {"L": [{"S": "atlas"}, {"N": "7"}, {"M": {"Title": {"S": "zeus"}}}]},
       "Retired": {"NULL": true}, "Safety.Warning": {"S": "Always wear a helmet"}}
      """

  Scenario Outline: <condition> with :v = <v> is <outcome>
    When I put an item into Employee with:
      """
      {"Item": {"LoginAlias": {"S": "irenes"}}, "ConditionExpression": "<condition>", "ExpressionAttributeValues": {":v": <v>}}
      """
    Then the write is <outcome>

    Examples: a missing attribute equals nothing and orders against nothing, on either side; NOT turns that false into true
      | condition                   | v            | outcome  |
      | MiddleName = :v             | {"S": "Ann"} | rejected |
      | :v < MiddleName             | {"S": "Ann"} | rejected |
      | NOT (MiddleName = :v)       | {"S": "Ann"} | accepted |
      | MiddleName IN (:v)          | {"S": "Ann"} | rejected |
      | begins_with(MiddleName, :v) | {"S": "A"}   | rejected |
      | size(MiddleName) >= :v      | {"N": "0"}   | rejected |

    Examples: an attribute of type NULL is there, but equals and orders against no value of another type
      | condition     | v          | outcome  |
      | Retired = :v  | {"S": "x"} | rejected |
      | Retired <> :v | {"S": "x"} | accepted |
      | Retired < :v  | {"N": "1"} | rejected |

    Examples: values of different types are never equal, so <> holds; sets are equal whatever their order
      | condition   | v                   | outcome  |
      | Age <> :v   | {"S": "34"}         | accepted |
      | Scores = :v | {"NS": ["12", "7"]} | accepted |

    Examples: contains and begins_with look only where their page says: in a string, a set of the operand's type, a list
      | condition             | v             | outcome  |
      | contains(Scores, :v)  | {"S": "12"}   | rejected |
      | contains(Address, :v) | {"S": "City"} | rejected |
      | begins_with(Age, :v)  | {"S": "3"}    | rejected |

  Scenario Outline: <condition> is <outcome>
    When I put an item into Employee with:
      """
      {"Item": {"LoginAlias": {"S": "irenes"}}, "ConditionExpression": "<condition>"}
      """
    Then the write is <outcome>

    Examples: an attribute of type NULL exists
      | condition                     | outcome  |
      | attribute_exists(Retired)     | accepted |
      | attribute_not_exists(Retired) | rejected |

    Examples: a path that runs past a list's end, indexes a map, or names a key in a list or a scalar reaches nothing
      | condition                           | outcome  |
      | attribute_exists(Projects[3])       | rejected |
      | attribute_exists(Projects[0].Title) | rejected |
      | attribute_exists(Address[0])        | rejected |
      | attribute_exists(Projects.Title)    | rejected |

  Scenario Outline: On binary, Boolean, set and empty list attributes, <condition> with :v = <v> is <outcome>
    Given the item in Employee:
      """
      {"LoginAlias": {"S": "bytes"}, "Photo": {"B": "AQ=="}, "Thumbs": {"BS": ["AQ==", "Ag==", "Aw=="]}, "Scores": {"NS": ["7", "12"]},
       "Notes": {"L": []}, "Active": {"BOOL": true}}
      """
    When I put an item into Employee with:
      """
      {"Item": {"LoginAlias": {"S": "bytes"}}, "ConditionExpression": "<condition>", "ExpressionAttributeValues": {":v": <v>}}
      """
    Then the write is <outcome>

    Examples: size counts a set's members and a list's elements, none in an empty list
      | condition         | v          | outcome  |
      | size(Thumbs) = :v | {"N": "3"} | accepted |
      | size(Scores) = :v | {"N": "2"} | accepted |
      | size(Notes) = :v  | {"N": "0"} | accepted |

    Examples: binary values order by their bytes, each unsigned
      | condition   | v             | outcome  |
      | Photo < :v  | {"B": "Ag=="} | accepted |
      | Photo > :v  | {"B": "/w=="} | rejected |

    Examples: = and <> compare a value of any type
      | condition   | v              | outcome  |
      | Active = :v | {"BOOL": true} | accepted |
      | Thumbs <> :v | {"BOOL": true} | accepted |

  Scenario: Strings compare by their UTF-8 bytes, so a character beyond U+FFFF is greater than U+E000
    Given the item in Employee:
      """
      {"LoginAlias": {"S": "glyphs"}, "Glyph": {"S": "\ue000"}}
      """
    When I put an item into Employee with:
      """
      {"Item": {"LoginAlias": {"S": "glyphs"}}, "ConditionExpression": "Glyph < :v", "ExpressionAttributeValues": {":v": {"S": "\ud800\udc00"}}}
      """
    Then the write is accepted

  Scenario: A dot in a path separates map keys, so it does not reach an attribute whose name holds a dot
    When I put an item into Employee with:
      """
      {"Item": {"LoginAlias": {"S": "irenes"}}, "ConditionExpression": "attribute_exists(Safety.Warning)"}
      """
    Then the write is rejected

  Scenario: An expression attribute name holding a dot names one top-level attribute
    When I put an item into Employee with:
      """
      {"Item": {"LoginAlias": {"S": "irenes"}}, "ConditionExpression": "attribute_exists(#sw)", "ExpressionAttributeNames": {"#sw": "Safety.Warning"}}
      """
    Then the write is accepted

  Scenario: An expression attribute name holding a dotted path does not reach the nested attribute
    When I put an item into Employee with:
      """
      {"Item": {"LoginAlias": {"S": "irenes"}}, "ConditionExpression": "attribute_exists(#ac)", "ExpressionAttributeNames": {"#ac": "Address.City"}}
      """
    Then the write is rejected

  Scenario Outline: The condition <condition> is refused
    When I put an item into Employee with:
      """
      {"Item": {"LoginAlias": {"S": "irenes"}}, "ConditionExpression": "<condition>"}
      """
    Then the request fails with ValidationException

    Examples:
      | condition                       |
      | attribute_exists(Projects[-1])  |
      | attribute_exists(Projects[0.4]) |
      | attribute_exists(status)        |
      | ATTRIBUTE_EXISTS(Age)           |
      | contains(Skills, Skills)        |
      | attribute_exists(#missing)      |

  Scenario: A name that does not start with a letter must go through an expression attribute name
    When I put an item into Employee with:
      """
      {"Item": {"LoginAlias": {"S": "irenes"}}, "ConditionExpression": "attribute_exists(_hidden)"}
      """
    Then the request fails with ValidationException

  Scenario Outline: The condition <condition> with :v = <v> is refused
    When I put an item into Employee with:
      """
      {"Item": {"LoginAlias": {"S": "irenes"}}, "ConditionExpression": "<condition>", "ExpressionAttributeValues": {":v": <v>}}
      """
    Then the request fails with ValidationException

    Examples:
      | condition                  | v               |
      | attribute_type(Age, :v)    | {"S": "STRING"} |
      | attribute_type(Age, :v)    | {"N": "1"}      |
      | begins_with(FirstName, :v) | {"N": "1"}      |

  Scenario: BETWEEN with the lower bound above the upper bound is refused
    When I put an item into Employee with:
      """
      {"Item": {"LoginAlias": {"S": "irenes"}}, "ConditionExpression": "Age BETWEEN :lo AND :hi", "ExpressionAttributeValues": {":lo": {"N": "40"}, ":hi": {"N": "30"}}}
      """
    Then the request fails with ValidationException

  @strict
  Scenario: BETWEEN with the bounds reversed names both bounds in its message
    When I put an item into Employee with:
      """
      {"Item": {"LoginAlias": {"S": "irenes"}}, "ConditionExpression": "Age BETWEEN :lo AND :hi", "ExpressionAttributeValues": {":lo": {"S": "b"}, ":hi": {"S": "a"}}}
      """
    Then the request fails with ValidationException
    And the error message is "Invalid ConditionExpression: The BETWEEN operator requires upper bound to be greater than or equal to lower bound; lower bound operand: AttributeValue: {S:b}, upper bound operand: AttributeValue: {S:a}"

  Scenario: BETWEEN on a missing attribute is false
    When I put an item into Employee with:
      """
      {"Item": {"LoginAlias": {"S": "irenes"}}, "ConditionExpression": "MiddleName BETWEEN :lo AND :hi", "ExpressionAttributeValues": {":lo": {"S": "A"}, ":hi": {"S": "Z"}}}
      """
    Then the write is rejected

  Scenario: IN takes up to 100 values
    When I put an item into Employee with:
      """
      {"Item": {"LoginAlias": {"S": "irenes"}}, "ConditionExpression": "Age IN (:a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a)", "ExpressionAttributeValues": {":a": {"N": "34"}}}
      """
    Then the write is accepted

  Scenario: IN with 101 values is refused
    When I put an item into Employee with:
      """
      {"Item": {"LoginAlias": {"S": "irenes"}}, "ConditionExpression": "Age IN (:a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a, :a)", "ExpressionAttributeValues": {":a": {"N": "34"}}}
      """
    Then the request fails with ValidationException

  Scenario Outline: On a key that holds no item, <condition> with :v = <v> is <outcome>
    When I put an item into Employee with:
      """
      {"Item": {"LoginAlias": {"S": "newhire"}, "Age": {"N": "25"}}, "ConditionExpression": "<condition>", "ExpressionAttributeValues": {":v": <v>}}
      """
    Then the write is <outcome>

    Examples: the condition sees no attributes, not even the key or those of the item being put (NOT binds looser than =)
      | condition               | v                | outcome  |
      | LoginAlias = :v         | {"S": "newhire"} | rejected |
      | Age < :v                | {"N": "100"}     | rejected |
      | NOT Age = :v            | {"N": "25"}      | accepted |
      | attribute_type(Age, :v) | {"S": "N"}       | rejected |
      | contains(Skills, :v)    | {"S": "aws"}     | rejected |

  Scenario: A conditional update of a key that holds no item creates nothing when the condition fails
    When I update an item in Employee with:
      """
      {"Key": {"LoginAlias": {"S": "newhire"}}, "UpdateExpression": "SET Age = :v", "ConditionExpression": "Age <= :v", "ExpressionAttributeValues": {":v": {"N": "25"}}}
      """
    Then the request fails with ConditionalCheckFailedException
    And Employee holds no item with key:
      """
      {"LoginAlias": {"S": "newhire"}}
      """

  Scenario: An expression attribute name the expression does not use is refused
    When I put an item into Employee with:
      """
      {"Item": {"LoginAlias": {"S": "irenes"}}, "ConditionExpression": "attribute_exists(#a)", "ExpressionAttributeNames": {"#a": "Age", "#b": "FirstName"}}
      """
    Then the request fails with ValidationException

  @strict
  Scenario: An empty ExpressionAttributeValues map is refused
    When I put an item into Employee with:
      """
      {"Item": {"LoginAlias": {"S": "irenes"}}, "ConditionExpression": "attribute_exists(Age)", "ExpressionAttributeValues": {}}
      """
    Then the request fails with ValidationException
    And the error message is "ExpressionAttributeValues must not be empty"

  @strict
  Scenario: Empty names are reported before empty values and an empty expression
    When I put an item into Employee with:
      """
      {"Item": {"LoginAlias": {"S": "irenes"}}, "ConditionExpression": "", "ExpressionAttributeNames": {}, "ExpressionAttributeValues": {}}
      """
    Then the request fails with ValidationException
    And the error message is "ExpressionAttributeNames must not be empty"

  @strict
  Scenario: ExpressionAttributeValues without a condition expression is refused
    When I delete an item from Employee with:
      """
      {"Key": {"LoginAlias": {"S": "irenes"}}, "Expected": {}, "ExpressionAttributeValues": {}}
      """
    Then the request fails with ValidationException
    And the error message is "ExpressionAttributeValues can only be specified when using expressions: ConditionExpression is null"

  Scenario Outline: Expected with <operator> and the values <values> is refused
    When I put an item into Employee with:
      """
      {"Item": {"LoginAlias": {"S": "irenes"}}, "Expected": {"Age": {"ComparisonOperator": "<operator>", "AttributeValueList": <values>}}}
      """
    Then the request fails with ValidationException

    Examples: each operator takes one value, except NULL none, IN one or more, BETWEEN two
      | operator | values                                 |
      | EQ       | []                                     |
      | NULL     | [{"N": "1"}]                           |
      | IN       | []                                     |
      | BETWEEN  | [{"N": "1"}, {"N": "10"}, {"N": "12"}] |

  @strict
  Scenario: Expected with EQ and no value names the operator
    When I put an item into Employee with:
      """
      {"Item": {"LoginAlias": {"S": "irenes"}}, "Expected": {"Age": {"ComparisonOperator": "EQ", "AttributeValueList": []}}}
      """
    Then the request fails with ValidationException
    And the error message is "One or more parameter values were invalid: Invalid number of argument(s) for the EQ ComparisonOperator"

  @strict
  Scenario: Expected with Exists true and no Value is refused
    When I put an item into Employee with:
      """
      {"Item": {"LoginAlias": {"S": "irenes"}}, "Expected": {"Age": {"Exists": true}}}
      """
    Then the request fails with ValidationException
    And the error message is "One or more parameter values were invalid: Value must be provided when Exists is true for Attribute: Age"

  @strict
  Scenario: Expected with Exists false and a Value is refused
    When I put an item into Employee with:
      """
      {"Item": {"LoginAlias": {"S": "irenes"}}, "Expected": {"Age": {"Exists": false, "Value": {"N": "34"}}}}
      """
    Then the request fails with ValidationException
    And the error message is "One or more parameter values were invalid: Value cannot be used when Exists is false for Attribute: Age"

  Scenario Outline: Expected <operator> on the attribute of type NULL is <outcome>
    When I put an item into Employee with:
      """
      {"Item": {"LoginAlias": {"S": "irenes"}}, "Expected": {"Retired": {"ComparisonOperator": "<operator>"}}}
      """
    Then the write is <outcome>

    Examples: NOT_NULL and NULL test whether the attribute exists, not its type
      | operator | outcome  |
      | NOT_NULL | accepted |
      | NULL     | rejected |

  Scenario: Expected BETWEEN holds for bounds that are equal to each other and to the value
    When I put an item into Employee with:
      """
      {"Item": {"LoginAlias": {"S": "irenes"}}, "Expected": {"Age": {"ComparisonOperator": "BETWEEN", "AttributeValueList": [{"N": "34"}, {"N": "34"}]}}}
      """
    Then the write is accepted

  Scenario: Expected and ConditionExpression in one request are refused
    When I put an item into Employee with:
      """
      {"Item": {"LoginAlias": {"S": "irenes"}}, "Expected": {"Age": {"Value": {"N": "34"}}}, "ConditionExpression": "attribute_exists(Age)"}
      """
    Then the request fails with ValidationException
    And Employee holds the item:
      """
      {"LoginAlias": {"S": "irenes"}, "FirstName": {"S": "Irene"}, "Age": {"N": "34"}, "Skills": {"SS": ["python", "aws"]}, "Scores": {"NS": ["7", "12"]},
       "Address": {"M": {"City": {"S": "Seattle"}}}, "Projects": {"L": [{"S": "atlas"}, {"N": "7"}, {"M": {"Title": {"S": "zeus"}}}]},
       "Retired": {"NULL": true}, "Safety.Warning": {"S": "Always wear a helmet"}}
      """

  @strict
  Scenario: Mixing Expected with ConditionExpression is reported before the expression is read
    When I put an item into Employee with:
      """
      {"Item": {"LoginAlias": {"S": "irenes"}}, "Expected": {}, "ConditionExpression": "", "ExpressionAttributeNames": {}, "ExpressionAttributeValues": {}}
      """
    Then the request fails with ValidationException
    And the error message is "Can not use both expression and non-expression parameters in the same request: Non-expression parameters: {Expected} Expression parameters: {ConditionExpression}"
