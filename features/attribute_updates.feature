# Source: docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_AttributeValueUpdate.html
# Source: docs.aws.amazon.com/amazondynamodb/latest/developerguide/LegacyConditionalParameters.AttributeUpdates.html
# Source: docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_UpdateItem.html ("AttributeUpdates")
# Seed: "Write operation is **atomic**. This means all attribute writes in the operation will either succeed or fail i.e. no partial writes"
@attribute_updates
Feature: UpdateItem's legacy AttributeUpdates: PUT, DELETE and ADD
  API_AttributeValueUpdate: "Specifies how to perform the update. Valid values are PUT (default),
  DELETE, and ADD." PUT "Adds the specified attribute to the item. If the attribute already
  exists, it is replaced by the new value." DELETE: "If no value is specified, the attribute and
  its value are removed from the item. The data type of the specified value must match the
  existing value's data type. If a set of values is specified, then those values are subtracted
  from the old set." ADD: a number "is mathematically added to the existing attribute", a set
  "is added to the existing set"; "This action is only valid for an existing attribute whose
  data type is number or is a set." "You cannot use UpdateItem to update any primary key
  attributes." An application's request uses either the legacy parameters or expressions, never
  both.

  Background:
    Given a table Thread keyed by ForumName
    And the item in Thread:
      """
      {"ForumName": {"S": "Amazon DynamoDB"}, "Subject": {"S": "How do I update multiple items?"},
       "Replies": {"N": "2"}, "Tags": {"SS": ["a", "b", "c"]}, "Views": {"NS": ["1", "2"]}, "LastPostedBy": {"S": "fred@example.com"}}
      """

  Scenario: PUT, the default action, replaces an attribute's value or adds the attribute
    When I update an item in Thread with:
      """
      {"Key": {"ForumName": {"S": "Amazon DynamoDB"}},
       "AttributeUpdates": {"LastPostedBy": {"Value": {"S": "alice@example.com"}}, "Answered": {"Action": "PUT", "Value": {"BOOL": true}}}}
      """
    Then the request succeeds
    And Thread holds the item:
      """
      {"ForumName": {"S": "Amazon DynamoDB"}, "Subject": {"S": "How do I update multiple items?"},
       "Replies": {"N": "2"}, "Tags": {"SS": ["a", "b", "c"]}, "Views": {"NS": ["1", "2"]}, "LastPostedBy": {"S": "alice@example.com"}, "Answered": {"BOOL": true}}
      """

  Scenario: DELETE without a value removes the attribute, with a set it subtracts the set
    # "if the attribute value was the set [a,b,c] and the DELETE action specified [a,c], then
    # the final attribute value would be [b]."
    When I update an item in Thread with:
      """
      {"Key": {"ForumName": {"S": "Amazon DynamoDB"}},
       "AttributeUpdates": {"LastPostedBy": {"Action": "DELETE"}, "Tags": {"Action": "DELETE", "Value": {"SS": ["a", "c"]}}}}
      """
    Then the request succeeds
    And Thread holds the item:
      """
      {"ForumName": {"S": "Amazon DynamoDB"}, "Subject": {"S": "How do I update multiple items?"},
       "Replies": {"N": "2"}, "Tags": {"SS": ["b"]}, "Views": {"NS": ["1", "2"]}}
      """

  Scenario: ADD adds a number, subtracts a negative one, and joins a set
    # "if the attribute value was the set [1,2], and the ADD action specified [3], then the final
    # attribute value would be [1,2,3]."
    When I update an item in Thread with:
      """
      {"Key": {"ForumName": {"S": "Amazon DynamoDB"}},
       "AttributeUpdates": {"Replies": {"Action": "ADD", "Value": {"N": "-3"}}, "Views": {"Action": "ADD", "Value": {"NS": ["3"]}}},
       "ReturnValues": "UPDATED_NEW"}
      """
    Then the returned attributes are:
      """
      {"Replies": {"N": "-1"}, "Views": {"NS": ["1", "2", "3"]}}
      """

  Scenario: ADD on an item that does not exist creates it with the key and the value
    # "ADD - DynamoDB creates a new item with the supplied primary key and number (or set) for the
    # attribute value."
    When I update an item in Thread with:
      """
      {"Key": {"ForumName": {"S": "Amazon S3"}}, "AttributeUpdates": {"Replies": {"Action": "ADD", "Value": {"N": "1"}}}}
      """
    Then the request succeeds
    And Thread holds the item:
      """
      {"ForumName": {"S": "Amazon S3"}, "Replies": {"N": "1"}}
      """

  Scenario: ADD of a string is refused and nothing changes
    # "Do not use ADD for any other data types."
    When I update an item in Thread with:
      """
      {"Key": {"ForumName": {"S": "Amazon DynamoDB"}}, "AttributeUpdates": {"Subject": {"Action": "ADD", "Value": {"S": " again"}}}}
      """
    Then the request fails with ValidationException
    And Thread holds the item:
      """
      {"ForumName": {"S": "Amazon DynamoDB"}, "Subject": {"S": "How do I update multiple items?"},
       "Replies": {"N": "2"}, "Tags": {"SS": ["a", "b", "c"]}, "Views": {"NS": ["1", "2"]}, "LastPostedBy": {"S": "fred@example.com"}}
      """

  Scenario: DELETE of a set of another type than the attribute's is refused and nothing changes
    # "The data type of the specified value must match the existing value's data type."
    When I update an item in Thread with:
      """
      {"Key": {"ForumName": {"S": "Amazon DynamoDB"}}, "AttributeUpdates": {"Tags": {"Action": "DELETE", "Value": {"NS": ["1"]}}}}
      """
    Then the request fails with ValidationException
    And Thread holds the item:
      """
      {"ForumName": {"S": "Amazon DynamoDB"}, "Subject": {"S": "How do I update multiple items?"},
       "Replies": {"N": "2"}, "Tags": {"SS": ["a", "b", "c"]}, "Views": {"NS": ["1", "2"]}, "LastPostedBy": {"S": "fred@example.com"}}
      """

  Scenario: A key attribute cannot be updated
    When I update an item in Thread with:
      """
      {"Key": {"ForumName": {"S": "Amazon DynamoDB"}}, "AttributeUpdates": {"ForumName": {"Value": {"S": "Amazon S3"}}}}
      """
    Then the request fails with ValidationException

  @strict
  Scenario: AttributeUpdates and UpdateExpression cannot be used together
    When I update an item in Thread with:
      """
      {"Key": {"ForumName": {"S": "Amazon DynamoDB"}}, "AttributeUpdates": {"Replies": {"Action": "DELETE"}},
       "UpdateExpression": "REMOVE Subject"}
      """
    Then the request fails with ValidationException
    And the error message is "Can not use both expression and non-expression parameters in the same request: Non-expression parameters: {AttributeUpdates} Expression parameters: {UpdateExpression}"
