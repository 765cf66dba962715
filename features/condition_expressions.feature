# Source: docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.OperatorsAndFunctions.html (syntax, comparators, functions, precedence)
# Source: docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.ConditionExpressions.html
# Source: docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.Attributes.html (document paths)
# Source: docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.ExpressionAttributeNames.html and ReservedWords.html
# Source: docs.aws.amazon.com/amazondynamodb/latest/developerguide/HowItWorks.NamingRulesDataTypes.html (string comparison by UTF-8 bytes, numbers by value)
# Seed: "A condition expression is a condition checked before item creation/update. This condition must be satisfied in order for the PutItem operation to succeed"
# Seed: "Condition expression can be used with `PutItem`, `DeleteItem` and `UpdateItem`"
# Seed: "Functions in condition expression:" attribute_exists, attribute_not_exists, attribute_type, contains, begins_with, size
# Seed: "Comparison operators in condition expression:" =, <>, <, >, <=, >=, BETWEEN, IN
# Seed: "Logical Operators in Condition expressions:" AND, OR, NOT
@conditions
Feature: Condition expressions: every function, comparator and logical operator
  Each example replaces irenes with a put whose condition is judged against the item below.
  A condition that holds lets the put replace the item; one that does not rejects the put with
  ConditionalCheckFailedException and leaves the item as it was.

  Background:
    Given a table Employee keyed by LoginAlias
    And the item in Employee:
      """
      {"LoginAlias": {"S": "irenes"}, "FirstName": {"S": "Irene"}, "LastName": {"S": "Smith"}, "ManagerLoginAlias": {"S": "mateoj"},
       "Skills": {"SS": ["python", "aws"]}, "Age": {"N": "34"}, "Address": {"M": {"City": {"S": "Seattle"}, "Zip": {"N": "98101"}}},
       "Projects": {"L": [{"S": "atlas"}, {"N": "7"}]}, "Active": {"BOOL": true}, "Retired": {"NULL": true}, "Photo": {"B": "aGVsbG8="}}
      """

  Scenario Outline: <condition> is <outcome>
    When I put an item into Employee with:
      """
      {"Item": {"LoginAlias": {"S": "irenes"}, "FirstName": {"S": "Irena"}}, "ConditionExpression": "<condition>"}
      """
    Then the write is <outcome>

    Examples: attribute_exists and attribute_not_exists, on attributes and document paths
      | condition                        | outcome  |
      | attribute_exists(FirstName)      | accepted |
      | attribute_exists(MiddleName)     | rejected |
      | attribute_exists(Address.City)   | accepted |
      | attribute_exists(Address.Street) | rejected |
      | attribute_exists(Projects[1])    | accepted |
      | attribute_exists(Projects[2])    | rejected |
      | attribute_not_exists(MiddleName) | accepted |
      | attribute_not_exists(LoginAlias) | rejected |

    Examples: AND, OR and NOT, with NOT binding tighter than AND, and AND tighter than OR
      | condition                                                                                   | outcome  |
      | attribute_exists(FirstName) AND attribute_exists(LastName)                                  | accepted |
      | attribute_exists(FirstName) AND attribute_exists(MiddleName)                                | rejected |
      | attribute_exists(MiddleName) OR attribute_exists(FirstName)                                 | accepted |
      | attribute_exists(MiddleName) OR attribute_exists(Nickname)                                  | rejected |
      | NOT attribute_exists(MiddleName)                                                            | accepted |
      | NOT attribute_exists(FirstName)                                                             | rejected |
      | attribute_exists(FirstName) OR attribute_exists(MiddleName) AND attribute_exists(Nickname)  | accepted |
      | (attribute_exists(FirstName) OR attribute_exists(MiddleName)) AND attribute_exists(Nickname) | rejected |
      | NOT attribute_exists(MiddleName) AND attribute_exists(Nickname)                             | rejected |
      | NOT (attribute_exists(MiddleName) AND attribute_exists(Nickname))                           | accepted |

  Scenario Outline: <condition> with :v = <v> is <outcome>
    When I put an item into Employee with:
      """
      {"Item": {"LoginAlias": {"S": "irenes"}, "FirstName": {"S": "Irena"}}, "ConditionExpression": "<condition>",
       "ExpressionAttributeValues": {":v": <v>}}
      """
    Then the write is <outcome>

    Examples: attribute_type, for every type
      | condition                   | v              | outcome  |
      | attribute_type(FirstName, :v) | {"S": "S"}    | accepted |
      | attribute_type(FirstName, :v) | {"S": "N"}    | rejected |
      | attribute_type(Age, :v)       | {"S": "N"}    | accepted |
      | attribute_type(Photo, :v)     | {"S": "B"}    | accepted |
      | attribute_type(Skills, :v)    | {"S": "SS"}   | accepted |
      | attribute_type(Skills, :v)    | {"S": "L"}    | rejected |
      | attribute_type(Address, :v)   | {"S": "M"}    | accepted |
      | attribute_type(Projects, :v)  | {"S": "L"}    | accepted |
      | attribute_type(Active, :v)    | {"S": "BOOL"} | accepted |
      | attribute_type(Retired, :v)   | {"S": "NULL"} | accepted |

    Examples: contains, on a set, a string and a list
      | condition               | v              | outcome  |
      | contains(Skills, :v)    | {"S": "aws"}   | accepted |
      | contains(Skills, :v)    | {"S": "java"}  | rejected |
      | contains(FirstName, :v) | {"S": "ren"}   | accepted |
      | contains(FirstName, :v) | {"S": "xyz"}   | rejected |
      | contains(Projects, :v)  | {"S": "atlas"} | accepted |
      | contains(Projects, :v)  | {"S": "zeus"}  | rejected |

    Examples: begins_with
      | condition                | v           | outcome  |
      | begins_with(LastName, :v) | {"S": "Sm"} | accepted |
      | begins_with(LastName, :v) | {"S": "mi"} | rejected |
      | begins_with(LastName, :v) | {"S": "sm"} | rejected |

    Examples: size, of a string, a set, a map, a list and a binary value
      | condition            | v          | outcome  |
      | size(FirstName) = :v | {"N": "5"} | accepted |
      | size(FirstName) > :v | {"N": "5"} | rejected |
      | size(Skills) = :v    | {"N": "2"} | accepted |
      | size(Address) = :v   | {"N": "2"} | accepted |
      | size(Projects) = :v  | {"N": "2"} | accepted |
      | size(Photo) = :v     | {"N": "5"} | accepted |

    Examples: comparators on numbers, which compare by value
      | condition | v             | outcome  |
      | Age = :v  | {"N": "34"}   | accepted |
      | Age = :v  | {"N": "34.0"} | accepted |
      | Age = :v  | {"N": "35"}   | rejected |
      | Age <> :v | {"N": "35"}   | accepted |
      | Age <> :v | {"N": "34"}   | rejected |
      | Age < :v  | {"N": "100"}  | accepted |
      | Age < :v  | {"N": "34"}   | rejected |
      | Age <= :v | {"N": "34"}   | accepted |
      | Age <= :v | {"N": "33"}   | rejected |
      | Age > :v  | {"N": "33"}   | accepted |
      | Age > :v  | {"N": "34"}   | rejected |
      | Age >= :v | {"N": "34"}   | accepted |
      | Age >= :v | {"N": "35"}   | rejected |

    Examples: comparators on strings, which compare by UTF-8 bytes, and across types, which never match
      | condition          | v               | outcome  |
      | LastName = :v      | {"S": "Smith"}  | accepted |
      | LastName < :v      | {"S": "Smyth"}  | accepted |
      | LastName > :v      | {"S": "smith"}  | rejected |
      | LastName >= :v     | {"S": "Smith"}  | accepted |
      | Age = :v           | {"S": "34"}     | rejected |
      | Address.City = :v  | {"S": "Seattle"} | accepted |
      | Projects[1] = :v   | {"N": "7"}      | accepted |

  Scenario Outline: <condition> with :a = <a> and :b = <b> is <outcome>
    When I put an item into Employee with:
      """
      {"Item": {"LoginAlias": {"S": "irenes"}, "FirstName": {"S": "Irena"}}, "ConditionExpression": "<condition>",
       "ExpressionAttributeValues": {":a": <a>, ":b": <b>}}
      """
    Then the write is <outcome>

    Examples: BETWEEN is inclusive at both ends; IN matches any listed value
      | condition                  | a            | b            | outcome  |
      | Age BETWEEN :a AND :b      | {"N": "30"}  | {"N": "40"}  | accepted |
      | Age BETWEEN :a AND :b      | {"N": "34"}  | {"N": "40"}  | accepted |
      | Age BETWEEN :a AND :b      | {"N": "30"}  | {"N": "34"}  | accepted |
      | Age BETWEEN :a AND :b      | {"N": "35"}  | {"N": "40"}  | rejected |
      | LastName BETWEEN :a AND :b | {"S": "Sa"}  | {"S": "Sn"}  | accepted |
      | Age IN (:a, :b)            | {"N": "33"}  | {"N": "34"}  | accepted |
      | Age IN (:a, :b)            | {"N": "1"}   | {"N": "2"}   | rejected |
      | LastName IN (:a, :b)       | {"S": "Doe"} | {"S": "Smith"} | accepted |

  Scenario: A condition on an item that does not exist sees no attributes at all
    When I put an item into Employee with:
      """
      {"Item": {"LoginAlias": {"S": "newhire"}}, "ConditionExpression": "attribute_exists(LoginAlias)"}
      """
    Then the write is rejected
    And Employee holds no item with key:
      """
      {"LoginAlias": {"S": "newhire"}}
      """

  Scenario: A reserved word in an expression must go through an expression attribute name
    When I put an item into Employee with:
      """
      {"Item": {"LoginAlias": {"S": "irenes"}}, "ConditionExpression": "attribute_not_exists(Name)"}
      """
    Then the request fails with ValidationException
    And Employee holds the item:
      """
      {"LoginAlias": {"S": "irenes"}, "FirstName": {"S": "Irene"}, "LastName": {"S": "Smith"}, "ManagerLoginAlias": {"S": "mateoj"},
       "Skills": {"SS": ["python", "aws"]}, "Age": {"N": "34"}, "Address": {"M": {"City": {"S": "Seattle"}, "Zip": {"N": "98101"}}},
       "Projects": {"L": [{"S": "atlas"}, {"N": "7"}]}, "Active": {"BOOL": true}, "Retired": {"NULL": true}, "Photo": {"B": "aGVsbG8="}}
      """

  Scenario: An expression attribute name stands in for a reserved word
    When I put an item into Employee with:
      """
      {"Item": {"LoginAlias": {"S": "irenes"}}, "ConditionExpression": "attribute_not_exists(#n)", "ExpressionAttributeNames": {"#n": "Name"}}
      """
    Then the write is accepted

  Scenario: A value placeholder the request does not define is rejected
    When I put an item into Employee with:
      """
      {"Item": {"LoginAlias": {"S": "irenes"}}, "ConditionExpression": "Age = :missing", "ExpressionAttributeValues": {":v": {"N": "34"}}}
      """
    Then the request fails with ValidationException

  Scenario: An expression attribute value the expression does not use is rejected
    When I put an item into Employee with:
      """
      {"Item": {"LoginAlias": {"S": "irenes"}}, "ConditionExpression": "attribute_exists(Age)", "ExpressionAttributeValues": {":unused": {"N": "34"}}}
      """
    Then the request fails with ValidationException

  Scenario: A condition that does not parse is rejected
    When I put an item into Employee with:
      """
      {"Item": {"LoginAlias": {"S": "irenes"}}, "ConditionExpression": "Age = = 34"}
      """
    Then the request fails with ValidationException

  @update_item
  Scenario: UpdateItem takes a condition expression too
    When I update an item in Employee with:
      """
      {"Key": {"LoginAlias": {"S": "irenes"}}, "UpdateExpression": "SET Age = :new", "ConditionExpression": "Age = :old",
       "ExpressionAttributeValues": {":old": {"N": "34"}, ":new": {"N": "35"}}}
      """
    Then the request succeeds

  Scenario: DeleteItem takes a condition expression too
    When I delete an item from Employee with:
      """
      {"Key": {"LoginAlias": {"S": "irenes"}}, "ConditionExpression": "contains(Skills, :s)", "ExpressionAttributeValues": {":s": {"S": "aws"}}}
      """
    Then the request succeeds
    And Employee holds no item with key:
      """
      {"LoginAlias": {"S": "irenes"}}
      """
