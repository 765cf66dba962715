# Source: docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.ConditionExpressions.html ("Preventing overwrites of an existing item")
# Source: docs.aws.amazon.com/amazondynamodb/latest/developerguide/Programming.Errors.html (ConditionalCheckFailedException, "The conditional request failed")
# Source: docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_PutItem.html (ReturnValuesOnConditionCheckFailure; errors)
# Seed: "You may want operation to fail in the event that item exists instead of update the item. To do this we use `conditionExpression`"
# Seed: "To allow only create and not update if item exists, use `attribute_not_exists(PK)` where PK is the primary key attribute name. If the item you pass to PutItem's primary key value does not match any primary key in the table with attribute PK then the item does not exist in the table"
# Seed: "If condition expression fails, the `ConditionalCheckFailedException` is thrown, otherwise Item is created"
# Seed: "If item with PK=irenes  exists we get" "An error occurred (ConditionalCheckFailedException) when calling the PutItem operation: The conditional request failed"
@conditions
Feature: A failed condition rejects the write with ConditionalCheckFailedException
  The seed's own example, run twice: the first put creates irenes, the second finds her.

  Background:
    Given a table Employee keyed by LoginAlias

  Scenario: The seed's put with attribute_not_exists creates the item when it is absent
    When I run:
      """
      aws dynamodb put-item --table-name "Employee" --item '{"LoginAlias": {"S": "irenes"}, "FirstName": {"S": "Irene"}, "LastName": {"S": "Smith"}, "ManagerLoginAlias": {"S": "mateoj"}, "Skills": {"SS": ["python", "aws"]}}' --condition-expression 'attribute_not_exists(LoginAlias)' --endpoint-url http://localhost:8000
      """
    Then the request succeeds
    And Employee holds the item:
      """
      {"LoginAlias": {"S": "irenes"}, "FirstName": {"S": "Irene"}, "LastName": {"S": "Smith"}, "ManagerLoginAlias": {"S": "mateoj"}, "Skills": {"SS": ["python", "aws"]}}
      """

  @strict
  Scenario: The seed's put fails, word for word, when irenes exists
    Given the item in Employee:
      """
      {"LoginAlias": {"S": "irenes"}, "FirstName": {"S": "Irene"}, "LastName": {"S": "Smith"}, "ManagerLoginAlias": {"S": "mateoj"}, "Skills": {"SS": ["python", "aws"]}}
      """
    When I run:
      """
      aws dynamodb put-item --table-name "Employee" --item '{"LoginAlias": {"S": "irenes"}, "FirstName": {"S": "Irene"}, "LastName": {"S": "Smith"}, "ManagerLoginAlias": {"S": "mateoj"}, "Skills": {"SS": ["python", "aws"]}}' --condition-expression 'attribute_not_exists(LoginAlias)' --endpoint-url http://localhost:8000
      """
    Then the command fails with:
      """
      An error occurred (ConditionalCheckFailedException) when calling the PutItem operation: The conditional request failed
      """

  Scenario: A create-only put fails when the item exists and leaves it as it was
    Given the item in Employee:
      """
      {"LoginAlias": {"S": "irenes"}, "FirstName": {"S": "Irene"}}
      """
    When I put an item into Employee with condition "attribute_not_exists(LoginAlias)":
      """
      {"LoginAlias": {"S": "irenes"}, "FirstName": {"S": "Impostor"}}
      """
    Then the request fails with ConditionalCheckFailedException
    And Employee holds the item:
      """
      {"LoginAlias": {"S": "irenes"}, "FirstName": {"S": "Irene"}}
      """

  @strict
  Scenario: ConditionalCheckFailedException says "The conditional request failed"
    Given the item in Employee:
      """
      {"LoginAlias": {"S": "irenes"}}
      """
    When I put an item into Employee with condition "attribute_not_exists(LoginAlias)":
      """
      {"LoginAlias": {"S": "irenes"}}
      """
    Then the request fails with ConditionalCheckFailedException
    And the error message is "The conditional request failed"

  Scenario: On a composite key table, existence is judged on partition key and sort key together
    Given a table Music keyed by Artist and sorted by SongTitle
    And the item in Music:
      """
      {"Artist": {"S": "No One You Know"}, "SongTitle": {"S": "Call Me Today"}}
      """
    When I put an item into Music with condition "attribute_not_exists(Artist)":
      """
      {"Artist": {"S": "No One You Know"}, "SongTitle": {"S": "My Dog Spot"}}
      """
    Then the request succeeds
    And Music holds the item:
      """
      {"Artist": {"S": "No One You Know"}, "SongTitle": {"S": "Call Me Today"}}
      """
    And Music holds the item:
      """
      {"Artist": {"S": "No One You Know"}, "SongTitle": {"S": "My Dog Spot"}}
      """

  Scenario: On a composite key table, a create-only put of an existing partition and sort key fails
    Given a table Music keyed by Artist and sorted by SongTitle
    And the item in Music:
      """
      {"Artist": {"S": "No One You Know"}, "SongTitle": {"S": "Call Me Today"}}
      """
    When I put an item into Music with condition "attribute_not_exists(Artist)":
      """
      {"Artist": {"S": "No One You Know"}, "SongTitle": {"S": "Call Me Today"}, "Year": {"N": "2020"}}
      """
    Then the request fails with ConditionalCheckFailedException
    And Music holds the item:
      """
      {"Artist": {"S": "No One You Know"}, "SongTitle": {"S": "Call Me Today"}}
      """

  Scenario: ReturnValuesOnConditionCheckFailure ALL_OLD returns the item that failed the condition
    Given the item in Employee:
      """
      {"LoginAlias": {"S": "irenes"}, "FirstName": {"S": "Irene"}}
      """
    When I put an item into Employee with:
      """
      {"Item": {"LoginAlias": {"S": "irenes"}}, "ConditionExpression": "attribute_not_exists(LoginAlias)", "ReturnValuesOnConditionCheckFailure": "ALL_OLD"}
      """
    Then the request fails with ConditionalCheckFailedException
    And the Item in the response is:
      """
      {"LoginAlias": {"S": "irenes"}, "FirstName": {"S": "Irene"}}
      """

  @update_item
  Scenario: A conditional update that fails changes nothing
    Given the item in Employee:
      """
      {"LoginAlias": {"S": "irenes"}, "FirstName": {"S": "Irene"}, "Age": {"N": "34"}}
      """
    When I update an item in Employee with:
      """
      {"Key": {"LoginAlias": {"S": "irenes"}}, "UpdateExpression": "SET FirstName = :f, Age = :a",
       "ConditionExpression": "Age > :limit", "ExpressionAttributeValues": {":f": {"S": "Irena"}, ":a": {"N": "35"}, ":limit": {"N": "40"}}}
      """
    Then the request fails with ConditionalCheckFailedException
    And Employee holds the item:
      """
      {"LoginAlias": {"S": "irenes"}, "FirstName": {"S": "Irene"}, "Age": {"N": "34"}}
      """

  Scenario: A conditional delete that fails leaves the item in place
    Given the item in Employee:
      """
      {"LoginAlias": {"S": "irenes"}, "ManagerLoginAlias": {"S": "mateoj"}}
      """
    When I delete an item from Employee with:
      """
      {"Key": {"LoginAlias": {"S": "irenes"}}, "ConditionExpression": "ManagerLoginAlias = :m", "ExpressionAttributeValues": {":m": {"S": "someoneelse"}}}
      """
    Then the request fails with ConditionalCheckFailedException
    And Employee holds the item:
      """
      {"LoginAlias": {"S": "irenes"}, "ManagerLoginAlias": {"S": "mateoj"}}
      """
