# Source: docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_UpdateItem.html
# Source: docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.UpdateExpressions.html (SET, REMOVE, ADD, DELETE; if_not_exists; arithmetic)
# Seed: "Write operation is **atomic**. This means all attribute writes in the operation will either succeed or fail i.e. no partial writes"
# Seed: "Condition expression can be used with `PutItem`, `DeleteItem` and `UpdateItem`"
@update_item
Feature: UpdateItem changes attributes of one item, all or nothing
  API_UpdateItem: "Edits an existing item's attributes, or adds a new item to the table if it
  does not already exist."

  Background:
    Given a table Employee keyed by LoginAlias
    And the item in Employee:
      """
      {"LoginAlias": {"S": "irenes"}, "FirstName": {"S": "Irene"}, "Age": {"N": "34"}, "Skills": {"SS": ["python", "aws"]}}
      """

  Scenario: SET adds a new attribute and overwrites an existing one in one request
    When I update an item in Employee with:
      """
      {"Key": {"LoginAlias": {"S": "irenes"}}, "UpdateExpression": "SET FirstName = :f, LastName = :l",
       "ExpressionAttributeValues": {":f": {"S": "Irena"}, ":l": {"S": "Smith"}}}
      """
    Then the request succeeds
    And Employee holds the item:
      """
      {"LoginAlias": {"S": "irenes"}, "FirstName": {"S": "Irena"}, "LastName": {"S": "Smith"}, "Age": {"N": "34"}, "Skills": {"SS": ["python", "aws"]}}
      """

  Scenario: SET with arithmetic adds to a number
    When I update an item in Employee with:
      """
      {"Key": {"LoginAlias": {"S": "irenes"}}, "UpdateExpression": "SET Age = Age + :one", "ExpressionAttributeValues": {":one": {"N": "1"}}}
      """
    Then the request succeeds
    And Employee holds the item:
      """
      {"LoginAlias": {"S": "irenes"}, "FirstName": {"S": "Irene"}, "Age": {"N": "35"}, "Skills": {"SS": ["python", "aws"]}}
      """

  Scenario: if_not_exists keeps an attribute that is already there
    When I update an item in Employee with:
      """
      {"Key": {"LoginAlias": {"S": "irenes"}}, "UpdateExpression": "SET FirstName = if_not_exists(FirstName, :f), Title = if_not_exists(Title, :t)",
       "ExpressionAttributeValues": {":f": {"S": "Irena"}, ":t": {"S": "Engineer"}}}
      """
    Then the request succeeds
    And Employee holds the item:
      """
      {"LoginAlias": {"S": "irenes"}, "FirstName": {"S": "Irene"}, "Title": {"S": "Engineer"}, "Age": {"N": "34"}, "Skills": {"SS": ["python", "aws"]}}
      """

  Scenario: REMOVE deletes an attribute
    When I update an item in Employee with:
      """
      {"Key": {"LoginAlias": {"S": "irenes"}}, "UpdateExpression": "REMOVE Age"}
      """
    Then the request succeeds
    And Employee holds the item:
      """
      {"LoginAlias": {"S": "irenes"}, "FirstName": {"S": "Irene"}, "Skills": {"SS": ["python", "aws"]}}
      """

  Scenario: ADD increments a number and adds to a set
    When I update an item in Employee with:
      """
      {"Key": {"LoginAlias": {"S": "irenes"}}, "UpdateExpression": "ADD Age :two, Skills :java",
       "ExpressionAttributeValues": {":two": {"N": "2"}, ":java": {"SS": ["java"]}}}
      """
    Then the request succeeds
    And Employee holds the item:
      """
      {"LoginAlias": {"S": "irenes"}, "FirstName": {"S": "Irene"}, "Age": {"N": "36"}, "Skills": {"SS": ["python", "aws", "java"]}}
      """

  Scenario: DELETE removes elements from a set
    When I update an item in Employee with:
      """
      {"Key": {"LoginAlias": {"S": "irenes"}}, "UpdateExpression": "DELETE Skills :aws", "ExpressionAttributeValues": {":aws": {"SS": ["aws"]}}}
      """
    Then the request succeeds
    And Employee holds the item:
      """
      {"LoginAlias": {"S": "irenes"}, "FirstName": {"S": "Irene"}, "Age": {"N": "34"}, "Skills": {"SS": ["python"]}}
      """

  Scenario: An update of a missing item creates it from the key and the update
    When I update an item in Employee with:
      """
      {"Key": {"LoginAlias": {"S": "mateoj"}}, "UpdateExpression": "SET FirstName = :f", "ExpressionAttributeValues": {":f": {"S": "Mateo"}}}
      """
    Then the request succeeds
    And Employee holds the item:
      """
      {"LoginAlias": {"S": "mateoj"}, "FirstName": {"S": "Mateo"}}
      """

  Scenario: ReturnValues ALL_NEW returns the item as the update left it
    When I update an item in Employee with:
      """
      {"Key": {"LoginAlias": {"S": "irenes"}}, "UpdateExpression": "SET Age = :a", "ExpressionAttributeValues": {":a": {"N": "40"}}, "ReturnValues": "ALL_NEW"}
      """
    Then the returned attributes are:
      """
      {"LoginAlias": {"S": "irenes"}, "FirstName": {"S": "Irene"}, "Age": {"N": "40"}, "Skills": {"SS": ["python", "aws"]}}
      """

  Scenario: ReturnValues UPDATED_OLD returns only the updated attributes as they were
    When I update an item in Employee with:
      """
      {"Key": {"LoginAlias": {"S": "irenes"}}, "UpdateExpression": "SET Age = :a", "ExpressionAttributeValues": {":a": {"N": "40"}}, "ReturnValues": "UPDATED_OLD"}
      """
    Then the returned attributes are:
      """
      {"Age": {"N": "34"}}
      """

  Scenario: An update may not change a key attribute
    When I update an item in Employee with:
      """
      {"Key": {"LoginAlias": {"S": "irenes"}}, "UpdateExpression": "SET LoginAlias = :k", "ExpressionAttributeValues": {":k": {"S": "irene2"}}}
      """
    Then the request fails with ValidationException
    And Employee holds the item:
      """
      {"LoginAlias": {"S": "irenes"}, "FirstName": {"S": "Irene"}, "Age": {"N": "34"}, "Skills": {"SS": ["python", "aws"]}}
      """

  Scenario: An update with one invalid action applies none of its actions
    When I update an item in Employee with:
      """
      {"Key": {"LoginAlias": {"S": "irenes"}}, "UpdateExpression": "SET Title = :t ADD FirstName :one",
       "ExpressionAttributeValues": {":t": {"S": "Engineer"}, ":one": {"N": "1"}}}
      """
    Then the request fails with ValidationException
    And Employee holds the item:
      """
      {"LoginAlias": {"S": "irenes"}, "FirstName": {"S": "Irene"}, "Age": {"N": "34"}, "Skills": {"SS": ["python", "aws"]}}
      """

  Scenario: Two actions on the same attribute in one expression are rejected
    When I update an item in Employee with:
      """
      {"Key": {"LoginAlias": {"S": "irenes"}}, "UpdateExpression": "SET Age = :a REMOVE Age", "ExpressionAttributeValues": {":a": {"N": "40"}}}
      """
    Then the request fails with ValidationException
    And Employee holds the item:
      """
      {"LoginAlias": {"S": "irenes"}, "FirstName": {"S": "Irene"}, "Age": {"N": "34"}, "Skills": {"SS": ["python", "aws"]}}
      """
