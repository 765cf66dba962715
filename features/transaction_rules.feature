# Source: docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_TransactWriteItem.html ("A list of requests that can perform update, put, delete, or check operations on multiple items in one or more tables atomically": each element holds one of ConditionCheck, Put, Delete or Update) and API_TransactWriteItems.html (ReturnValuesOnConditionCheckFailure "Valid Values: ALL_OLD | NONE"; "The entire transaction request was rejected" with ValidationException when "A request has an unknown or invalid parameter"; errors ResourceNotFoundException, TransactionCanceledException, ValidationException)
# Source: docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_TransactGetItems.html (TransactItems: "An ordered array of up to 100 TransactGetItem objects", "Array Members: Minimum number of 1 item. Maximum number of 100 items"; Responses "An ordered array of up to 100 ItemResponse objects")
# Source: docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_UpdateItem.html (UpdateExpression: "an expression that defines one or more attributes to be updated"; "You cannot use UpdateItem to update any primary key attributes") and developerguide/Expressions.ExpressionAttributeValues.html (every value given must be used)
# Source: docs.aws.amazon.com/amazondynamodb/latest/developerguide/transaction-apis.html ("TransactWriteItems ... either all of them succeed, or none of them")
# Source: docs.aws.amazon.com/amazondynamodb/latest/developerguide/HowItWorks.CoreComponents.html ("Each primary key attribute must be a scalar (meaning that it can hold only a single value)"): an Update may name an index key attribute only whole, as UpdateItem may (update_item_edges.feature)
# Seed: "Write operation is **atomic**. This means all attribute writes in the operation will either succeed or fail i.e. no partial writes"
@transaction_rules
Feature: Transactions refuse an action that breaks a rule, and write nothing
  Each element of TransactItems holds exactly one action. An action is judged by the rules of the
  single-item operation it stands for: an Update may not change a key attribute, every value a
  placeholder map gives must be used, a key must match its table's key schema. TransactGetItems
  reads up to 100 items. A transaction refused for any of these writes none of its actions.

  Background:
    Given a table Accounts keyed by Id
    And a table Thread keyed by ForumName and sorted by Subject
    And the items in Accounts:
      """
      [{"Id": {"S": "alice"}, "Balance": {"N": "100"}},
       {"Id": {"S": "bob"}, "Balance": {"N": "0"}}]
      """

  Scenario Outline: An element of TransactItems holding <what> is refused and nothing is written
    When I call TransactWriteItems with:
      """
      {"TransactItems": [
        {"Update": {"TableName": "Accounts", "Key": {"Id": {"S": "bob"}}, "UpdateExpression": "SET Balance = :b",
                    "ExpressionAttributeValues": {":b": {"N": "9"}}}},
        <element>]}
      """
    Then the request fails with ValidationException
    And Accounts holds the item:
      """
      {"Id": {"S": "bob"}, "Balance": {"N": "0"}}
      """

    Examples:
      | what | element |
      | no action | {} |
      | a Put and a Delete | {"Put": {"TableName": "Accounts", "Item": {"Id": {"S": "carol"}}}, "Delete": {"TableName": "Accounts", "Key": {"Id": {"S": "alice"}}}} |
      | a ConditionCheck and an Update | {"ConditionCheck": {"TableName": "Accounts", "Key": {"Id": {"S": "alice"}}, "ConditionExpression": "attribute_exists(Id)"}, "Update": {"TableName": "Accounts", "Key": {"Id": {"S": "alice"}}, "UpdateExpression": "SET Balance = :z", "ExpressionAttributeValues": {":z": {"N": "0"}}}} |
      | an Update of the key attribute | {"Update": {"TableName": "Accounts", "Key": {"Id": {"S": "alice"}}, "UpdateExpression": "SET Id = :i", "ExpressionAttributeValues": {":i": {"S": "alicia"}}}} |
      | a Put with a value it does not use | {"Put": {"TableName": "Accounts", "Item": {"Id": {"S": "carol"}}, "ConditionExpression": "attribute_not_exists(Id)", "ExpressionAttributeValues": {":unused": {"N": "1"}}}} |
      | an Update with a value it does not use | {"Update": {"TableName": "Accounts", "Key": {"Id": {"S": "alice"}}, "UpdateExpression": "SET Balance = :z", "ExpressionAttributeValues": {":z": {"N": "0"}, ":unused": {"N": "1"}}}} |
      | a Delete without the table's sort key | {"Delete": {"TableName": "Thread", "Key": {"ForumName": {"S": "S3"}}}} |
      | a ConditionCheck of a key of another type | {"ConditionCheck": {"TableName": "Accounts", "Key": {"Id": {"N": "1"}}, "ConditionExpression": "attribute_exists(Id)"}} |
      | a ReturnValuesOnConditionCheckFailure that is no choice | {"Put": {"TableName": "Accounts", "Item": {"Id": {"S": "carol"}}, "ReturnValuesOnConditionCheckFailure": "ALL_NEW"}} |

  # The same rule for an element that is the request's only one: whichever of its actions would be
  # valid on its own (a Put of a new item, an Update or a Delete of alice, each condition true),
  # the element is refused whole and none of them is done.
  Scenario Outline: The only element of TransactItems, holding <what>, is refused and nothing is written
    When I call TransactWriteItems with:
      """
      {"TransactItems": [<element>]}
      """
    Then the request fails with ValidationException
    And Accounts holds the item:
      """
      {"Id": {"S": "alice"}, "Balance": {"N": "100"}}
      """
    And Accounts holds no item with key:
      """
      {"Id": {"S": "carol"}}
      """

    Examples:
      | what | element |
      | a Put and a Delete | {"Put": {"TableName": "Accounts", "Item": {"Id": {"S": "carol"}}}, "Delete": {"TableName": "Accounts", "Key": {"Id": {"S": "alice"}}}} |
      | a ConditionCheck and an Update | {"ConditionCheck": {"TableName": "Accounts", "Key": {"Id": {"S": "alice"}}, "ConditionExpression": "attribute_exists(Id)"}, "Update": {"TableName": "Accounts", "Key": {"Id": {"S": "alice"}}, "UpdateExpression": "SET Balance = :z", "ConditionExpression": "attribute_exists(Id)", "ExpressionAttributeValues": {":z": {"N": "0"}}}} |
      | a Put, an Update and a Delete | {"Put": {"TableName": "Accounts", "Item": {"Id": {"S": "carol"}}}, "Update": {"TableName": "Accounts", "Key": {"Id": {"S": "alice"}}, "UpdateExpression": "SET Balance = :z", "ExpressionAttributeValues": {":z": {"N": "0"}}}, "Delete": {"TableName": "Accounts", "Key": {"Id": {"S": "alice"}}}} |
      | a Put, a Delete and a ConditionCheck | {"Put": {"TableName": "Accounts", "Item": {"Id": {"S": "carol"}}}, "Delete": {"TableName": "Accounts", "Key": {"Id": {"S": "alice"}}}, "ConditionCheck": {"TableName": "Accounts", "Key": {"Id": {"S": "alice"}}, "ConditionExpression": "attribute_exists(Id)"}} |

  Scenario: An Update that reads inside an index key attribute is refused and nothing is written
    Given I create a table Threads with:
      """
      {"AttributeDefinitions": [{"AttributeName": "ForumName", "AttributeType": "S"}, {"AttributeName": "Subject", "AttributeType": "S"},
                                {"AttributeName": "LastPost", "AttributeType": "S"}],
       "KeySchema": [{"AttributeName": "ForumName", "KeyType": "HASH"}, {"AttributeName": "Subject", "KeyType": "RANGE"}],
       "LocalSecondaryIndexes": [{"IndexName": "ByLastPost",
                                  "KeySchema": [{"AttributeName": "ForumName", "KeyType": "HASH"}, {"AttributeName": "LastPost", "KeyType": "RANGE"}],
                                  "Projection": {"ProjectionType": "ALL"}}],
       "BillingMode": "PAY_PER_REQUEST"}
      """
    And the item in Threads:
      """
      {"ForumName": {"S": "S3"}, "Subject": {"S": "a"}, "e": {"N": "1"}}
      """
    When I call TransactWriteItems with:
      """
      {"TransactItems": [
        {"Update": {"TableName": "Accounts", "Key": {"Id": {"S": "bob"}}, "UpdateExpression": "SET Balance = :b",
                    "ExpressionAttributeValues": {":b": {"N": "9"}}}},
        {"Update": {"TableName": "Threads", "Key": {"ForumName": {"S": "S3"}, "Subject": {"S": "a"}},
                    "UpdateExpression": "SET e = if_not_exists(e, LastPost.b)"}}]}
      """
    Then the request fails with ValidationException
    And Accounts holds the item:
      """
      {"Id": {"S": "bob"}, "Balance": {"N": "0"}}
      """

  Scenario: TransactGetItems reads 100 items in one request
    When I call TransactGetItems with:
      """
      {"TransactItems": [{"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k0"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k1"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k2"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k3"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k4"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k5"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k6"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k7"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k8"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k9"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k10"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k11"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k12"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k13"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k14"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k15"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k16"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k17"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k18"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k19"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k20"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k21"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k22"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k23"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k24"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k25"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k26"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k27"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k28"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k29"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k30"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k31"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k32"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k33"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k34"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k35"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k36"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k37"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k38"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k39"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k40"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k41"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k42"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k43"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k44"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k45"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k46"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k47"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k48"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k49"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k50"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k51"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k52"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k53"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k54"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k55"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k56"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k57"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k58"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k59"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k60"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k61"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k62"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k63"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k64"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k65"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k66"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k67"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k68"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k69"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k70"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k71"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k72"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k73"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k74"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k75"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k76"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k77"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k78"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k79"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k80"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k81"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k82"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k83"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k84"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k85"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k86"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k87"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k88"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k89"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k90"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k91"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k92"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k93"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k94"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k95"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k96"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k97"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k98"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k99"}}}}]}
      """
    Then the request succeeds
    And the Responses in the response has 100 elements

  Scenario: TransactGetItems of 101 items is refused
    When I call TransactGetItems with:
      """
      {"TransactItems": [{"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k0"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k1"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k2"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k3"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k4"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k5"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k6"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k7"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k8"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k9"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k10"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k11"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k12"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k13"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k14"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k15"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k16"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k17"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k18"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k19"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k20"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k21"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k22"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k23"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k24"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k25"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k26"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k27"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k28"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k29"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k30"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k31"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k32"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k33"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k34"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k35"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k36"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k37"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k38"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k39"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k40"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k41"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k42"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k43"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k44"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k45"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k46"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k47"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k48"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k49"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k50"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k51"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k52"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k53"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k54"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k55"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k56"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k57"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k58"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k59"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k60"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k61"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k62"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k63"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k64"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k65"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k66"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k67"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k68"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k69"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k70"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k71"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k72"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k73"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k74"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k75"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k76"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k77"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k78"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k79"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k80"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k81"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k82"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k83"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k84"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k85"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k86"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k87"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k88"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k89"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k90"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k91"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k92"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k93"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k94"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k95"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k96"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k97"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k98"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k99"}}}}, {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "k100"}}}}]}
      """
    Then the request fails with ValidationException

  Scenario Outline: TransactGetItems with a key that does not match the table's key schema is refused: <key>
    When I call TransactGetItems with:
      """
      {"TransactItems": [{"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "alice"}}}}, {"Get": {"TableName": "Accounts", "Key": <key>}}]}
      """
    Then the request fails with ValidationException

    Examples:
      | key |
      | {} |
      | {"Id": {"N": "1"}} |
      | {"Id": {"S": "alice"}, "Balance": {"N": "100"}} |
      | {"Other": {"S": "alice"}} |
