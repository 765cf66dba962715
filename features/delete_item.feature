# Source: docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_DeleteItem.html
# Seed: "Condition expression can be used with `PutItem`, `DeleteItem` and `UpdateItem`"
# Seed: "Later we'll see that `BatchWriteItem` can be used for batch deletes"
@delete_item
Feature: DeleteItem removes one item by its primary key
  API_DeleteItem: "Deletes a single item in a table by primary key. You can perform a
  conditional delete operation that deletes the item if it exists, or if it has an expected
  attribute value." And: "Unless you specify conditions, the DeleteItem is an idempotent
  operation; running it multiple times on the same item or attribute does not result in an
  error response."

  Background:
    Given a table Employee keyed by LoginAlias
    And the item in Employee:
      """
      {"LoginAlias": {"S": "irenes"}, "FirstName": {"S": "Irene"}, "ManagerLoginAlias": {"S": "mateoj"}}
      """

  Scenario: Deleting an item removes it
    When I delete the item from Employee with key:
      """
      {"LoginAlias": {"S": "irenes"}}
      """
    Then the request succeeds
    And Employee holds no item with key:
      """
      {"LoginAlias": {"S": "irenes"}}
      """

  Scenario: Deleting an item that does not exist succeeds
    When I delete the item from Employee with key:
      """
      {"LoginAlias": {"S": "nobody"}}
      """
    Then the request succeeds
    And Employee holds the item:
      """
      {"LoginAlias": {"S": "irenes"}, "FirstName": {"S": "Irene"}, "ManagerLoginAlias": {"S": "mateoj"}}
      """

  Scenario: ReturnValues ALL_OLD returns the deleted item
    When I delete an item from Employee with:
      """
      {"Key": {"LoginAlias": {"S": "irenes"}}, "ReturnValues": "ALL_OLD"}
      """
    Then the returned attributes are:
      """
      {"LoginAlias": {"S": "irenes"}, "FirstName": {"S": "Irene"}, "ManagerLoginAlias": {"S": "mateoj"}}
      """

  Scenario: DeleteItem accepts only NONE and ALL_OLD as ReturnValues
    When I delete an item from Employee with:
      """
      {"Key": {"LoginAlias": {"S": "irenes"}}, "ReturnValues": "ALL_NEW"}
      """
    Then the request fails with ValidationException
    And Employee holds the item:
      """
      {"LoginAlias": {"S": "irenes"}, "FirstName": {"S": "Irene"}, "ManagerLoginAlias": {"S": "mateoj"}}
      """

  @conditions
  Scenario: A conditional delete whose condition holds removes the item
    When I delete an item from Employee with:
      """
      {"Key": {"LoginAlias": {"S": "irenes"}}, "ConditionExpression": "ManagerLoginAlias = :m", "ExpressionAttributeValues": {":m": {"S": "mateoj"}}}
      """
    Then the request succeeds
    And Employee holds no item with key:
      """
      {"LoginAlias": {"S": "irenes"}}
      """

  @conditions
  Scenario: A conditional delete of an item that does not exist fails when the condition needs it
    When I delete an item from Employee with:
      """
      {"Key": {"LoginAlias": {"S": "nobody"}}, "ConditionExpression": "attribute_exists(LoginAlias)"}
      """
    Then the request fails with ConditionalCheckFailedException
    And Employee holds the item:
      """
      {"LoginAlias": {"S": "irenes"}, "FirstName": {"S": "Irene"}, "ManagerLoginAlias": {"S": "mateoj"}}
      """
