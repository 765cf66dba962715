# Source: docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.UpdateExpressions.html (SET on nested maps and list elements: "If the element doesn't already exist, SET appends the new element at the end of the list"; incrementing and decrementing; list_append, whose operands may be swapped to prepend; if_not_exists; REMOVE of list elements; ADD to numbers and sets; DELETE from sets)
# Source: docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_UpdateItem.html (UpdateExpression: "If you use ADD to increment or decrement a number value for an item that doesn't exist before the update, DynamoDB uses 0 as the initial value"; "If the existing data type is a set and if Value is also a set, then Value is added to the existing set"; "Both sets must have the same primitive data type"; DELETE: "the final attribute value would be [b]")
# Source: docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_AttributeValueUpdate.html (DELETE: "those values are subtracted from the old set")
# Source: docs.aws.amazon.com/amazondynamodb/latest/developerguide/HowItWorks.NamingRulesDataTypes.html ("empty sets are not supported": a set emptied by DELETE is no longer an attribute)
# Seed: "Write operation is **atomic**. This means all attribute writes in the operation will either succeed or fail i.e. no partial writes"
# Record: ScyllaDB Alternator's test_update_expression.py, which records live DynamoDB's answers ("Removing a list item beyond the end of the list (e.g., REMOVE a[17] when the list only has three items) is silently ignored")
# Record: dynalite's test suite, which records live DynamoDB's answers (updateItem validations: "An operand in the update expression has an incorrect data type", "The provided expression refers to an attribute that does not exist in the item", "The document path provided in the update expression is invalid for update")
@update_expressions
Feature: Update expressions: what each action does to the item
  update_item checks one example of each clause. Here each action meets the other types it takes
  (number sets, binary sets, lists, nested maps), an attribute that is not there, and a value of a
  type the action cannot use. A refused update changes nothing.

  Background:
    Given a table Employee keyed by LoginAlias
    And the item in Employee that each update starts from:
      """
      {"LoginAlias": {"S": "irenes"}, "Age": {"N": "34"}, "FirstName": {"S": "Irene"},
       "Scores": {"NS": ["1", "2"]}, "Blobs": {"BS": ["AQ==", "Ag=="]}, "Tags": {"SS": ["a", "b"]},
       "Langs": {"L": [{"S": "c"}, {"S": "go"}, {"S": "java"}, {"S": "rust"}]},
       "Address": {"M": {"City": {"S": "Oslo"}, "Zip": {"S": "0150"}, "Street": {"L": [{"S": "Main St"}]}}}}
      """

  Scenario: SET subtracts one number from another
    When I update an item in Employee with:
      """
      {"Key": {"LoginAlias": {"S": "irenes"}}, "UpdateExpression": "SET Age = Age - :n, Rest = :ten - Age", "ExpressionAttributeValues": {":n": {"N": "4"}, ":ten": {"N": "10"}}, "ReturnValues": "UPDATED_NEW"}
      """
    Then the returned attributes are:
      """
      {"Age": {"N": "30"}, "Rest": {"N": "-24"}}
      """

  Scenario: SET values are all computed from the item as it was before the update
    When I update an item in Employee with:
      """
      {"Key": {"LoginAlias": {"S": "irenes"}}, "UpdateExpression": "SET Age = :n, OldAge = Age", "ExpressionAttributeValues": {":n": {"N": "50"}}, "ReturnValues": "UPDATED_NEW"}
      """
    Then the returned attributes are:
      """
      {"Age": {"N": "50"}, "OldAge": {"N": "34"}}
      """

  Scenario: SET copies one attribute's value into another, a nested one included
    When I update an item in Employee with:
      """
      {"Key": {"LoginAlias": {"S": "irenes"}}, "UpdateExpression": "SET City = Address.City, FirstLang = Langs[0]", "ReturnValues": "UPDATED_NEW"}
      """
    Then the returned attributes are:
      """
      {"City": {"S": "Oslo"}, "FirstLang": {"S": "c"}}
      """

  Scenario: SET on a nested map attribute changes only that attribute
    When I update an item in Employee with:
      """
      {"Key": {"LoginAlias": {"S": "irenes"}}, "UpdateExpression": "SET Address.City = :c, Address.Country = :n", "ExpressionAttributeValues": {":c": {"S": "Bergen"}, ":n": {"S": "NO"}}, "ReturnValues": "UPDATED_NEW"}
      """
    Then the returned attributes are:
      """
      {"Address": {"M": {"City": {"S": "Bergen"}, "Country": {"S": "NO"}}}}
      """
    And the item's Address is now:
      """
      {"M": {"City": {"S": "Bergen"}, "Zip": {"S": "0150"}, "Street": {"L": [{"S": "Main St"}]}, "Country": {"S": "NO"}}}
      """

  Scenario: SET on a list element replaces it; SET past the end appends, in order by element number
    When I update an item in Employee with:
      """
      {"Key": {"LoginAlias": {"S": "irenes"}}, "UpdateExpression": "SET Langs[9] = :z, Langs[1] = :g, Langs[7] = :y, Address.Street[0] = :l",
       "ExpressionAttributeValues": {":g": {"S": "golang"}, ":y": {"S": "zig"}, ":z": {"S": "ocaml"}, ":l": {"S": "High St"}}}
      """
    Then the request succeeds
    And the item's Langs is now:
      """
      {"L": [{"S": "c"}, {"S": "golang"}, {"S": "java"}, {"S": "rust"}, {"S": "zig"}, {"S": "ocaml"}]}
      """
    And the item's Address is now:
      """
      {"M": {"City": {"S": "Oslo"}, "Zip": {"S": "0150"}, "Street": {"L": [{"S": "High St"}]}}}
      """

  Scenario: list_append appends, and prepends with its operands swapped
    When I update an item in Employee with:
      """
      {"Key": {"LoginAlias": {"S": "irenes"}}, "UpdateExpression": "SET Langs = list_append(:first, Langs), More = list_append(Langs, :last)",
       "ExpressionAttributeValues": {":first": {"L": [{"S": "ada"}]}, ":last": {"L": [{"S": "zig"}, {"N": "1"}]}}, "ReturnValues": "UPDATED_NEW"}
      """
    Then the returned attributes are:
      """
      {"Langs": {"L": [{"S": "ada"}, {"S": "c"}, {"S": "go"}, {"S": "java"}, {"S": "rust"}]},
       "More": {"L": [{"S": "c"}, {"S": "go"}, {"S": "java"}, {"S": "rust"}, {"S": "zig"}, {"N": "1"}]}}
      """

  Scenario: list_append with if_not_exists starts a list that is not there yet
    When I update an item in Employee with:
      """
      {"Key": {"LoginAlias": {"S": "irenes"}}, "UpdateExpression": "SET Visits = list_append(if_not_exists(Visits, :none), :v)",
       "ExpressionAttributeValues": {":none": {"L": []}, ":v": {"L": [{"S": "mon"}]}}, "ReturnValues": "UPDATED_NEW"}
      """
    Then the returned attributes are:
      """
      {"Visits": {"L": [{"S": "mon"}]}}
      """

  Scenario: if_not_exists may look at another attribute than the one it sets, and at a nested one
    When I update an item in Employee with:
      """
      {"Key": {"LoginAlias": {"S": "irenes"}}, "UpdateExpression": "SET Town = if_not_exists(Address.City, :x), Nick = if_not_exists(Address.Nick, :x)",
       "ExpressionAttributeValues": {":x": {"S": "none"}}, "ReturnValues": "UPDATED_NEW"}
      """
    Then the returned attributes are:
      """
      {"Town": {"S": "Oslo"}, "Nick": {"S": "none"}}
      """

  Scenario: list_append of an attribute that is not a list is refused
    When I update an item in Employee with:
      """
      {"Key": {"LoginAlias": {"S": "irenes"}}, "UpdateExpression": "SET Langs = list_append(FirstName, :v)", "ExpressionAttributeValues": {":v": {"L": [{"S": "x"}]}}}
      """
    Then the request fails with ValidationException
    And Employee still holds the item the update started from

  @strict
  Scenario: list_append of an attribute that is not a list names the wrong type in DynamoDB's words
    When I update an item in Employee with:
      """
      {"Key": {"LoginAlias": {"S": "irenes"}}, "UpdateExpression": "SET Langs = list_append(:v, Tags)", "ExpressionAttributeValues": {":v": {"L": [{"S": "x"}]}}}
      """
    Then the request fails with ValidationException
    And the error message is "An operand in the update expression has an incorrect data type"

  Scenario: Arithmetic on an attribute that is not a number is refused
    When I update an item in Employee with:
      """
      {"Key": {"LoginAlias": {"S": "irenes"}}, "UpdateExpression": "SET Age = FirstName + :one", "ExpressionAttributeValues": {":one": {"N": "1"}}}
      """
    Then the request fails with ValidationException
    And Employee still holds the item the update started from

  @strict
  Scenario: Subtracting from an attribute that is not a number names the wrong type in DynamoDB's words
    When I update an item in Employee with:
      """
      {"Key": {"LoginAlias": {"S": "irenes"}}, "UpdateExpression": "SET Age = :one - Tags", "ExpressionAttributeValues": {":one": {"N": "1"}}}
      """
    Then the request fails with ValidationException
    And the error message is "An operand in the update expression has an incorrect data type"

  @strict
  Scenario: SET from an attribute that is not there is refused
    When I update an item in Employee with:
      """
      {"Key": {"LoginAlias": {"S": "irenes"}}, "UpdateExpression": "SET Age = Height"}
      """
    Then the request fails with ValidationException
    And the error message is "The provided expression refers to an attribute that does not exist in the item"
    And Employee still holds the item the update started from

  Scenario: REMOVE of list elements names them as the list was, and the rest move up
    When I update an item in Employee with:
      """
      {"Key": {"LoginAlias": {"S": "irenes"}}, "UpdateExpression": "REMOVE Langs[1], Langs[3], Address.Zip, Absent"}
      """
    Then the request succeeds
    And the item's Langs is now:
      """
      {"L": [{"S": "c"}, {"S": "java"}]}
      """
    And the item's Address is now:
      """
      {"M": {"City": {"S": "Oslo"}, "Street": {"L": [{"S": "Main St"}]}}}
      """

  Scenario Outline: REMOVE of a list element past the end of the list changes nothing: Langs[<index>]
    When I update an item in Employee with:
      """
      {"Key": {"LoginAlias": {"S": "irenes"}}, "UpdateExpression": "REMOVE Langs[<index>]"}
      """
    Then the request succeeds
    And the item's Langs is now:
      """
      {"L": [{"S": "c"}, {"S": "go"}, {"S": "java"}, {"S": "rust"}]}
      """

    Examples:
      | index |
      | 4     |
      | 17    |

  Scenario: ADD to a number attribute that is not there starts from 0, and a negative number subtracts
    When I update an item in Employee with:
      """
      {"Key": {"LoginAlias": {"S": "irenes"}}, "UpdateExpression": "ADD Visits :three, Age :minus", "ExpressionAttributeValues": {":three": {"N": "3"}, ":minus": {"N": "-4"}}, "ReturnValues": "UPDATED_NEW"}
      """
    Then the returned attributes are:
      """
      {"Visits": {"N": "3"}, "Age": {"N": "30"}}
      """

  Scenario: ADD joins number sets and binary sets, and creates a set that is not there
    When I update an item in Employee with:
      """
      {"Key": {"LoginAlias": {"S": "irenes"}}, "UpdateExpression": "ADD Scores :s, Blobs :k, Colors :c",
       "ExpressionAttributeValues": {":s": {"NS": ["2", "3"]}, ":k": {"BS": ["Aw=="]}, ":c": {"SS": ["red"]}}, "ReturnValues": "UPDATED_NEW"}
      """
    Then the returned attributes are:
      """
      {"Scores": {"NS": ["1", "2", "3"]}, "Blobs": {"BS": ["AQ==", "Ag==", "Aw=="]}, "Colors": {"SS": ["red"]}}
      """

  Scenario: ADD to a nested number inside a map
    When I update an item in Employee with:
      """
      {"Key": {"LoginAlias": {"S": "irenes"}}, "UpdateExpression": "ADD Address.Floor :one", "ExpressionAttributeValues": {":one": {"N": "1"}}}
      """
    Then the request succeeds
    And the item's Address is now:
      """
      {"M": {"City": {"S": "Oslo"}, "Zip": {"S": "0150"}, "Street": {"L": [{"S": "Main St"}]}, "Floor": {"N": "1"}}}
      """

  Scenario Outline: ADD of a value of another type than the attribute's is refused
    When I update an item in Employee with:
      """
      {"Key": {"LoginAlias": {"S": "irenes"}}, "UpdateExpression": "ADD <attribute> :v", "ExpressionAttributeValues": {":v": <value>}}
      """
    Then the request fails with ValidationException
    And Employee still holds the item the update started from

    Examples:
      | attribute | value              |
      | Age       | {"NS": ["1"]}      |
      | Scores    | {"N": "1"}         |
      | Scores    | {"SS": ["1"]}      |
      | Tags      | {"NS": ["1"]}      |
      | Blobs      | {"SS": ["x"]}      |
      | FirstName      | {"N": "1"}         |
      | FirstName      | {"SS": ["x"]}      |

  @strict
  Scenario: ADD of a number to a set names the wrong type in DynamoDB's words
    When I update an item in Employee with:
      """
      {"Key": {"LoginAlias": {"S": "irenes"}}, "UpdateExpression": "ADD Scores :v", "ExpressionAttributeValues": {":v": {"N": "1"}}}
      """
    Then the request fails with ValidationException
    And the error message is "An operand in the update expression has an incorrect data type"

  Scenario: DELETE takes elements from number and binary sets, and an emptied set is removed
    When I update an item in Employee with:
      """
      {"Key": {"LoginAlias": {"S": "irenes"}}, "UpdateExpression": "DELETE Scores :s, Blobs :k, Tags :t, Absent :t",
       "ExpressionAttributeValues": {":s": {"NS": ["2", "9"]}, ":k": {"BS": ["AQ=="]}, ":t": {"SS": ["a", "b"]}}}
      """
    Then the request succeeds
    And Employee holds the item:
      """
      {"LoginAlias": {"S": "irenes"}, "Age": {"N": "34"}, "FirstName": {"S": "Irene"},
       "Scores": {"NS": ["1"]}, "Blobs": {"BS": ["Ag=="]},
       "Langs": {"L": [{"S": "c"}, {"S": "go"}, {"S": "java"}, {"S": "rust"}]},
       "Address": {"M": {"City": {"S": "Oslo"}, "Zip": {"S": "0150"}, "Street": {"L": [{"S": "Main St"}]}}}}
      """

  Scenario: DELETE of every element of number and binary sets removes them
    When I update an item in Employee with:
      """
      {"Key": {"LoginAlias": {"S": "irenes"}}, "UpdateExpression": "DELETE Scores :s, Blobs :k",
       "ExpressionAttributeValues": {":s": {"NS": ["1", "2"]}, ":k": {"BS": ["AQ==", "Ag=="]}}, "ReturnValues": "ALL_NEW"}
      """
    Then the returned attributes are:
      """
      {"LoginAlias": {"S": "irenes"}, "Age": {"N": "34"}, "FirstName": {"S": "Irene"}, "Tags": {"SS": ["a", "b"]},
       "Langs": {"L": [{"S": "c"}, {"S": "go"}, {"S": "java"}, {"S": "rust"}]},
       "Address": {"M": {"City": {"S": "Oslo"}, "Zip": {"S": "0150"}, "Street": {"L": [{"S": "Main St"}]}}}}
      """

  Scenario Outline: DELETE of a set of another type than the attribute's is refused
    When I update an item in Employee with:
      """
      {"Key": {"LoginAlias": {"S": "irenes"}}, "UpdateExpression": "DELETE <attribute> :v", "ExpressionAttributeValues": {":v": <value>}}
      """
    Then the request fails with ValidationException
    And the error message is "An operand in the update expression has an incorrect data type"
    And Employee still holds the item the update started from

    @strict
    Examples:
      | attribute | value              |
      | Scores    | {"SS": ["1"]}      |
      | Tags      | {"NS": ["1"]}      |
      | Blobs      | {"NS": ["1"]}      |
      | Age       | {"NS": ["34"]}     |

  @strict
  Scenario Outline: A path through a missing attribute, or through one of another type, is invalid for update
    When I update an item in Employee with:
      """
      {"Key": {"LoginAlias": {"S": "irenes"}}, "UpdateExpression": "<update>", "ExpressionAttributeValues": {":v": {"SS": ["x"]}}}
      """
    Then the request fails with ValidationException
    And the error message is "The document path provided in the update expression is invalid for update"
    And Employee still holds the item the update started from

    Examples:
      | update                   |
      | SET Absent.Deeper = :v   |
      | SET Absent[0] = :v      |
      | SET FirstName.Deeper = :v      |
      | SET FirstName[0] = :v         |
      | SET Langs.Deeper = :v     |
      | SET Address[0] = :v      |
      | SET Address.Gone.Deeper = :v |
      | SET Langs[7].Deeper = :v  |
      | REMOVE FirstName.Deeper SET Extra = :v |
      | REMOVE FirstName[0] SET Extra = :v |
      | ADD Absent.Deeper :v     |
      | ADD Langs[7].Deeper :v    |
      | DELETE Absent[0] :v     |
      | DELETE Address.Gone.Deeper :v |

  @strict
  Scenario: A nested path in an item that does not exist yet is invalid for update
    When I update an item in Employee with:
      """
      {"Key": {"LoginAlias": {"S": "mateoj"}}, "UpdateExpression": "SET Address.City = :c", "ExpressionAttributeValues": {":c": {"S": "Oslo"}}}
      """
    Then the request fails with ValidationException
    And the error message is "The document path provided in the update expression is invalid for update"
    And Employee holds no item with key:
      """
      {"LoginAlias": {"S": "mateoj"}}
      """
