# Source: docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_TransactWriteItems.html (TransactItems: "Array Members: Minimum number of 1 item. Maximum number of 100 items"; ClientRequestToken: "Length Constraints: Minimum length of 1. Maximum length of 36"; TransactionCanceledException when "An item size becomes too large (bigger than 400 KB) ... because of changes made by the transaction"; ResourceNotFoundException)
# Source: docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ConditionCheck.html (ConditionExpression, Key, TableName: "Required: Yes") and API_Update.html (UpdateExpression: "Required: Yes")
# Source: docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_TransactGetItems.html (TransactItems of 1 to 100 Gets; ProjectionExpression of each Get; ResourceNotFoundException)
# Source: docs.aws.amazon.com/amazondynamodb/latest/developerguide/transaction-apis.html ("Capacity management for transactions": "DynamoDB performs two underlying reads or writes of every item in the transaction: one to prepare the transaction and one to commit the transaction")
# Source: docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_Update.html and API_UpdateItem.html ("Edits an existing item's attributes, or adds a new item to the table if it does not already exist")
# Source: docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_TransactWriteItems.html and API_TransactGetItems.html (TransactItems: "Required: Yes"; ReturnItemCollectionMetrics: "If set to SIZE, the response includes statistics about item collections (if any), that were modified during the operation"; ItemCollectionMetrics: "A list of tables that were processed by TransactWriteItems and, for each table, information about any item collections that were affected by individual UpdateItem, PutItem, or DeleteItem operations")
# Source: docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_TransactGetItem.html (Get: "Required: Yes"), API_Get.html, API_Put.html, API_Delete.html and API_ConditionCheck.html (Key and Item: "Required: Yes", "Key Length Constraints: Maximum length of 65535"; ExpressionAttributeNames: "Value Length Constraints: Maximum length of 65535")
# Source: docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_TransactWriteItems.html ("The aggregate size of the items in the transaction cannot exceed 4 MB") and developerguide/CapacityUnitCalculations.html (an item's size: the UTF-8 bytes of its attribute names and values)
# Seed: "Write operation is **atomic**. This means all attribute writes in the operation will either succeed or fail i.e. no partial writes"
@transaction_edges
Feature: Transactions at the edges of their rules
  The limits and required members of TransactWriteItems and TransactGetItems, a transaction that
  would make an item too large, tables that do not exist, and what each read costs. Whatever is
  refused writes nothing.

  Background:
    Given a table Accounts keyed by Id
    And the items in Accounts:
      """
      [{"Id": {"S": "alice"}, "Balance": {"N": "100"}},
       {"Id": {"S": "bob"}, "Balance": {"N": "0"}}]
      """

  Scenario: A transaction that would make an item larger than 400 KB is cancelled and writes nothing
    Given the item in Accounts, padded to 409600 bytes with "x" in attribute "Pad":
      """
      {"Id": {"S": "carol"}}
      """
    When I call TransactWriteItems with:
      """
      {"TransactItems": [
        {"Update": {"TableName": "Accounts", "Key": {"Id": {"S": "bob"}}, "UpdateExpression": "SET Balance = :b",
                    "ExpressionAttributeValues": {":b": {"N": "5"}}}},
        {"Update": {"TableName": "Accounts", "Key": {"Id": {"S": "carol"}}, "UpdateExpression": "SET Note = :n",
                    "ExpressionAttributeValues": {":n": {"S": "more"}}}}]}
      """
    Then the request fails with TransactionCanceledException
    And Accounts holds the item:
      """
      {"Id": {"S": "bob"}, "Balance": {"N": "0"}}
      """

  # A Put whose own item is 409,610 bytes (Id 2 + 5, Pad 3 + 409,600): PutItem refuses such an item
  # with ValidationException, and a transaction is cancelled when "An item size becomes too large
  # (bigger than 400 KB)"; either way nothing is written.
  Scenario: A Put of an item larger than 400 KB is refused and writes nothing
    When I call TransactWriteItems with "x…" written out to 409600 bytes:
      """
      {"TransactItems": [
        {"Update": {"TableName": "Accounts", "Key": {"Id": {"S": "bob"}}, "UpdateExpression": "SET Balance = :b",
                    "ExpressionAttributeValues": {":b": {"N": "5"}}}},
        {"Put": {"TableName": "Accounts", "Item": {"Id": {"S": "carol"}, "Pad": {"S": "x…"}}}}]}
      """
    Then the request fails with ValidationException or TransactionCanceledException
    And Accounts holds no item with key:
      """
      {"Id": {"S": "carol"}}
      """
    And Accounts holds the item:
      """
      {"Id": {"S": "bob"}, "Balance": {"N": "0"}}
      """

  # 11 items of 390,007 or 390,008 bytes (an item's size is its names' and values' UTF-8 bytes):
  # 4,290,079 bytes in all, past 4 MB whether it is 4,000,000 or 4,194,304 bytes, each item within 400 KB.
  Scenario: A transaction whose items come to more than 4 MB is refused and writes nothing
    When I call TransactWriteItems with "x…" written out to 390000 bytes:
      """
      {"TransactItems": [
        {"Put": {"TableName": "Accounts", "Item": {"Id": {"S": "p1"}, "Pad": {"S": "x…"}}}},
        {"Put": {"TableName": "Accounts", "Item": {"Id": {"S": "p2"}, "Pad": {"S": "x…"}}}},
        {"Put": {"TableName": "Accounts", "Item": {"Id": {"S": "p3"}, "Pad": {"S": "x…"}}}},
        {"Put": {"TableName": "Accounts", "Item": {"Id": {"S": "p4"}, "Pad": {"S": "x…"}}}},
        {"Put": {"TableName": "Accounts", "Item": {"Id": {"S": "p5"}, "Pad": {"S": "x…"}}}},
        {"Put": {"TableName": "Accounts", "Item": {"Id": {"S": "p6"}, "Pad": {"S": "x…"}}}},
        {"Put": {"TableName": "Accounts", "Item": {"Id": {"S": "p7"}, "Pad": {"S": "x…"}}}},
        {"Put": {"TableName": "Accounts", "Item": {"Id": {"S": "p8"}, "Pad": {"S": "x…"}}}},
        {"Put": {"TableName": "Accounts", "Item": {"Id": {"S": "p9"}, "Pad": {"S": "x…"}}}},
        {"Put": {"TableName": "Accounts", "Item": {"Id": {"S": "p10"}, "Pad": {"S": "x…"}}}},
        {"Put": {"TableName": "Accounts", "Item": {"Id": {"S": "p11"}, "Pad": {"S": "x…"}}}}]}
      """
    Then the request fails with ValidationException
    And Accounts holds no item with key:
      """
      {"Id": {"S": "p1"}}
      """

  Scenario: An Update action on an item that does not exist creates it
    When I call TransactWriteItems with:
      """
      {"TransactItems": [
        {"Update": {"TableName": "Accounts", "Key": {"Id": {"S": "dave"}}, "UpdateExpression": "SET Balance = :b",
                    "ExpressionAttributeValues": {":b": {"N": "7"}}}}]}
      """
    Then the request succeeds
    And Accounts holds the item:
      """
      {"Id": {"S": "dave"}, "Balance": {"N": "7"}}
      """

  Scenario: A Delete action on an item that does not exist succeeds with the rest of the transaction
    When I call TransactWriteItems with:
      """
      {"TransactItems": [
        {"Delete": {"TableName": "Accounts", "Key": {"Id": {"S": "nobody"}}}},
        {"Update": {"TableName": "Accounts", "Key": {"Id": {"S": "bob"}}, "UpdateExpression": "SET Balance = :b",
                    "ExpressionAttributeValues": {":b": {"N": "1"}}}}]}
      """
    Then the request succeeds
    And Accounts holds the item:
      """
      {"Id": {"S": "bob"}, "Balance": {"N": "1"}}
      """

  Scenario: A transaction naming a table that does not exist is refused and writes nothing
    When I call TransactWriteItems with:
      """
      {"TransactItems": [
        {"Update": {"TableName": "Accounts", "Key": {"Id": {"S": "bob"}}, "UpdateExpression": "SET Balance = :b",
                    "ExpressionAttributeValues": {":b": {"N": "9"}}}},
        {"Put": {"TableName": "Nowhere", "Item": {"Id": {"S": "x"}}}}]}
      """
    Then the request fails with ResourceNotFoundException
    And Accounts holds the item:
      """
      {"Id": {"S": "bob"}, "Balance": {"N": "0"}}
      """

  Scenario: A transaction without actions is refused
    When I call TransactWriteItems with:
      """
      {"TransactItems": []}
      """
    Then the request fails with ValidationException

  Scenario: A ConditionCheck without a ConditionExpression is refused
    When I call TransactWriteItems with:
      """
      {"TransactItems": [{"ConditionCheck": {"TableName": "Accounts", "Key": {"Id": {"S": "alice"}}}}]}
      """
    Then the request fails with ValidationException

  Scenario: An Update without an UpdateExpression is refused
    When I call TransactWriteItems with:
      """
      {"TransactItems": [{"Update": {"TableName": "Accounts", "Key": {"Id": {"S": "alice"}}}}]}
      """
    Then the request fails with ValidationException

  Scenario: A Put whose item lacks the key is refused and writes nothing
    When I call TransactWriteItems with:
      """
      {"TransactItems": [
        {"Update": {"TableName": "Accounts", "Key": {"Id": {"S": "bob"}}, "UpdateExpression": "SET Balance = :b",
                    "ExpressionAttributeValues": {":b": {"N": "9"}}}},
        {"Put": {"TableName": "Accounts", "Item": {"Name": {"S": "no key"}}}}]}
      """
    Then the request fails with ValidationException
    And Accounts holds the item:
      """
      {"Id": {"S": "bob"}, "Balance": {"N": "0"}}
      """

  Scenario Outline: A ClientRequestToken of <length> characters is <outcome>
    When I call TransactWriteItems with:
      """
      {"TransactItems": [
        {"Update": {"TableName": "Accounts", "Key": {"Id": {"S": "bob"}}, "UpdateExpression": "SET Balance = :b",
                    "ExpressionAttributeValues": {":b": {"N": "2"}}}}],
       "ClientRequestToken": "<token>"}
      """
    Then the write is <outcome>

    Examples:
      | length | token                                 | outcome  |
      | 1      | t                                     | accepted |
      | 36     | 0123456789abcdef0123456789abcdef0123  | accepted |

  Scenario: A ClientRequestToken of 37 characters is refused
    When I call TransactWriteItems with:
      """
      {"TransactItems": [
        {"Update": {"TableName": "Accounts", "Key": {"Id": {"S": "bob"}}, "UpdateExpression": "SET Balance = :b",
                    "ExpressionAttributeValues": {":b": {"N": "2"}}}}],
       "ClientRequestToken": "0123456789abcdef0123456789abcdef01234"}
      """
    Then the request fails with ValidationException
    And Accounts holds the item:
      """
      {"Id": {"S": "bob"}, "Balance": {"N": "0"}}
      """

  Scenario: An empty ClientRequestToken is refused
    # API_TransactWriteItems.html, ClientRequestToken: "Length Constraints: Minimum length of 1".
    When I send TransactWriteItems with the raw body:
      """
      {"TransactItems": [
        {"Update": {"TableName": "Accounts", "Key": {"Id": {"S": "bob"}}, "UpdateExpression": "SET Balance = :b",
                    "ExpressionAttributeValues": {":b": {"N": "2"}}}}],
       "ClientRequestToken": ""}
      """
    Then the request fails with ValidationException
    And Accounts holds the item:
      """
      {"Id": {"S": "bob"}, "Balance": {"N": "0"}}
      """

  Scenario: TransactGetItems returns only what each Get's ProjectionExpression names
    When I call TransactGetItems with:
      """
      {"TransactItems": [
        {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "alice"}}, "ProjectionExpression": "Balance"}},
        {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "bob"}}, "ProjectionExpression": "Id"}}]}
      """
    Then the Responses in the response is:
      """
      [{"Item": {"Balance": {"N": "100"}}}, {"Item": {"Id": {"S": "bob"}}}]
      """

  Scenario: Every item TransactGetItems reads costs two reads
    When I call TransactGetItems with:
      """
      {"TransactItems": [
        {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "alice"}}}},
        {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "bob"}}}}],
       "ReturnConsumedCapacity": "TOTAL"}
      """
    Then the ConsumedCapacity in the response is:
      """
      [{"TableName": "Accounts", "CapacityUnits": 4.0, "ReadCapacityUnits": 4.0}]
      """

  Scenario: TransactGetItems of a table that does not exist is refused
    When I call TransactGetItems with:
      """
      {"TransactItems": [
        {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "alice"}}}},
        {"Get": {"TableName": "Nowhere", "Key": {"Id": {"S": "x"}}}}]}
      """
    Then the request fails with ResourceNotFoundException

  # Expressions.ExpressionAttributeNames.html: a name placeholder stands in for a name in an
  # expression, and every one given must be used. A Get's ProjectionExpression and
  # ExpressionAttributeNames are GetItem's (API_Get.html), so the messages are those dynalite's
  # suite records of live DynamoDB for GetItem.
  @strict
  Scenario Outline: TransactGetItems with a Get whose <case> is refused
    When I call TransactGetItems with:
      """
      {"TransactItems": [{"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "alice"}}, <members>}}]}
      """
    Then the request fails with ValidationException
    And the error message is "<message>"

    Examples:
      | case                                      | members                                                                   | message                                                                      |
      | name placeholder the projection does not use | "ProjectionExpression": "Balance", "ExpressionAttributeNames": {"#n": "n"} | Value provided in ExpressionAttributeNames unused in expressions: keys: {#n} |
      | name placeholder comes without a projection  | "ExpressionAttributeNames": {"#n": "n"}                                   | ExpressionAttributeNames can only be specified when using expressions        |

  Scenario: TransactGetItems without Gets is refused
    When I call TransactGetItems with:
      """
      {"TransactItems": []}
      """
    Then the request fails with ValidationException

  Scenario: TransactWriteItems without TransactItems is refused
    When I call TransactWriteItems with:
      """
      {"ClientRequestToken": "no-actions"}
      """
    Then the request fails with ValidationException

  Scenario: A Put without an Item is refused and writes nothing
    When I call TransactWriteItems with:
      """
      {"TransactItems": [
        {"Update": {"TableName": "Accounts", "Key": {"Id": {"S": "bob"}}, "UpdateExpression": "SET Balance = :b",
                    "ExpressionAttributeValues": {":b": {"N": "3"}}}},
        {"Put": {"TableName": "Accounts"}}]}
      """
    Then the request fails with ValidationException
    And Accounts holds the item:
      """
      {"Id": {"S": "bob"}, "Balance": {"N": "0"}}
      """

  Scenario: A Delete without a Key is refused
    When I call TransactWriteItems with:
      """
      {"TransactItems": [{"Delete": {"TableName": "Accounts"}}]}
      """
    Then the request fails with ValidationException

  Scenario: An element of TransactGetItems without a Get is refused
    When I call TransactGetItems with:
      """
      {"TransactItems": [{"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "alice"}}}}, {}]}
      """
    Then the request fails with ValidationException

  Scenario: TransactGetItems whose only element holds no Get is refused
    When I call TransactGetItems with:
      """
      {"TransactItems": [{}]}
      """
    Then the request fails with ValidationException

  Scenario: A Get without a Key is refused
    When I call TransactGetItems with:
      """
      {"TransactItems": [{"Get": {"TableName": "Accounts"}}]}
      """
    Then the request fails with ValidationException

  # As for the single-item operations (limits.feature): a request that breaks a member's length
  # constraint is refused for its shape before any table is looked up.
  Scenario Outline: A name of 65,536 bytes in <member> of <operation> is refused before its table is looked up
    When I call <operation> with "n…" written out to 65536 bytes:
      """
      <request>
      """
    Then the request fails with ValidationException

    Examples:
      | operation          | member                                    | request                                                                                                                                         |
      | TransactWriteItems | a Put's Item                              | {"TransactItems": [{"Put": {"TableName": "Nowhere", "Item": {"Id": {"S": "k"}, "n…": {"S": "v"}}}}]}                                            |
      | TransactWriteItems | a Delete's Key                            | {"TransactItems": [{"Delete": {"TableName": "Nowhere", "Key": {"n…": {"S": "k"}}}}]}                                                            |
      | TransactWriteItems | a ConditionCheck's ExpressionAttributeNames | {"TransactItems": [{"ConditionCheck": {"TableName": "Nowhere", "Key": {"Id": {"S": "k"}}, "ConditionExpression": "attribute_exists(#n)", "ExpressionAttributeNames": {"#n": "n…"}}}]} |
      | TransactGetItems   | a Get's Key                               | {"TransactItems": [{"Get": {"TableName": "Nowhere", "Key": {"n…": {"S": "k"}}}}]}                                                              |
      | TransactGetItems   | a Get's ExpressionAttributeNames          | {"TransactItems": [{"Get": {"TableName": "Nowhere", "Key": {"Id": {"S": "k"}}, "ProjectionExpression": "#n", "ExpressionAttributeNames": {"#n": "n…"}}}]} |

  Scenario: A transaction with SIZE reports, per table, the item collections it wrote to
    Given a table Courses keyed by email and sorted by course with a local secondary index ByGrade on grade
    When I call TransactWriteItems with:
      """
      {"TransactItems": [
        {"Put": {"TableName": "Courses", "Item": {"email": {"S": "tomer@gmail.com"}, "course": {"S": "Python"}, "grade": {"S": "10"}}}},
        {"Update": {"TableName": "Accounts", "Key": {"Id": {"S": "bob"}}, "UpdateExpression": "SET Balance = :b",
                    "ExpressionAttributeValues": {":b": {"N": "4"}}}}],
       "ReturnItemCollectionMetrics": "SIZE"}
      """
    Then the response has ItemCollectionMetrics of Courses for the item collections, in any order:
      """
      [{"email": {"S": "tomer@gmail.com"}}]
      """

  Scenario: An element of TransactGetItems that holds a Put rather than a Get is refused
    # API_TransactGetItem.html: an element's one member is Get ("Required: Yes"); a Put, complete as
    # it is, is no member of it.
    When I send TransactGetItems with the raw body:
      """
      {"TransactItems": [{"Put": {"TableName": "${Accounts}", "Key": {"Id": {"S": "alice"}}}}]}
      """
    Then the request fails with ValidationException
