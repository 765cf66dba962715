# Source: docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_TransactWriteItems.html (up to 100 actions on distinct items; ClientRequestToken; TransactionCanceledException, IdempotentParameterMismatchException, TransactionInProgressException)
# Source: docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_TransactGetItems.html (up to 100 Gets; Responses in request order)
# Source: docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_TransactWriteItems.html, TransactionCanceledException (each code's message: ConditionalCheckFailed "The conditional request failed")
# Source: docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_CancellationReason.html (one reason per action: None, ConditionalCheckFailed, TransactionConflict, ...; Item with ReturnValuesOnConditionCheckFailure)
# Source: docs.aws.amazon.com/amazondynamodb/latest/developerguide/transaction-apis.html ("Amazon DynamoDB Transactions: How it works": all or nothing, idempotency window of 10 minutes, conflict handling, two reads or writes of every item)
# Source: aws.amazon.com/premiumsupport/knowledge-center/dynamodb-transactwriteitems/ (the messages "Transaction cancelled, please refer cancellation reasons for specific reasons [...]" and "Transaction request cannot include multiple operations on one item")
# Seed: "Write operation is **atomic**. This means all attribute writes in the operation will either succeed or fail i.e. no partial writes"
@transactions
Feature: TransactWriteItems and TransactGetItems apply or read many items as one
  A transfer between two accounts, as transaction-apis.html frames a transaction: every action
  succeeds or none does, each action on its own item, and a transaction in flight holds its items.

  Background:
    Given a table Accounts keyed by Id
    And the items in Accounts:
      """
      [{"Id": {"S": "alice"}, "Balance": {"N": "100"}},
       {"Id": {"S": "bob"}, "Balance": {"N": "0"}}]
      """

  Scenario: A transfer applies the debit and the credit together
    When I call TransactWriteItems with:
      """
      {"TransactItems": [
        {"Update": {"TableName": "Accounts", "Key": {"Id": {"S": "alice"}}, "UpdateExpression": "SET Balance = Balance - :a",
                    "ConditionExpression": "Balance >= :a", "ExpressionAttributeValues": {":a": {"N": "30"}}}},
        {"Update": {"TableName": "Accounts", "Key": {"Id": {"S": "bob"}}, "UpdateExpression": "SET Balance = Balance + :a",
                    "ExpressionAttributeValues": {":a": {"N": "30"}}}}]}
      """
    Then the request succeeds
    And Accounts holds the item:
      """
      {"Id": {"S": "alice"}, "Balance": {"N": "70"}}
      """
    And Accounts holds the item:
      """
      {"Id": {"S": "bob"}, "Balance": {"N": "30"}}
      """

  Scenario: Put, Delete and ConditionCheck in one transaction, across two tables
    Given a table Ledger keyed by Entry
    When I call TransactWriteItems with:
      """
      {"TransactItems": [
        {"ConditionCheck": {"TableName": "Accounts", "Key": {"Id": {"S": "alice"}}, "ConditionExpression": "attribute_exists(Id)"}},
        {"Delete": {"TableName": "Accounts", "Key": {"Id": {"S": "bob"}}}},
        {"Put": {"TableName": "Ledger", "Item": {"Entry": {"S": "closed-bob"}}, "ConditionExpression": "attribute_not_exists(Entry)"}}]}
      """
    Then the request succeeds
    And Accounts holds no item with key:
      """
      {"Id": {"S": "bob"}}
      """
    And Ledger holds the item:
      """
      {"Entry": {"S": "closed-bob"}}
      """
    And Accounts holds the item:
      """
      {"Id": {"S": "alice"}, "Balance": {"N": "100"}}
      """

  Scenario: A failed condition cancels every action, with one reason per action in request order
    When I call TransactWriteItems with:
      """
      {"TransactItems": [
        {"Update": {"TableName": "Accounts", "Key": {"Id": {"S": "bob"}}, "UpdateExpression": "SET Balance = Balance + :a",
                    "ExpressionAttributeValues": {":a": {"N": "500"}}}},
        {"Update": {"TableName": "Accounts", "Key": {"Id": {"S": "alice"}}, "UpdateExpression": "SET Balance = Balance - :a",
                    "ConditionExpression": "Balance >= :a", "ExpressionAttributeValues": {":a": {"N": "500"}}}}]}
      """
    Then the request fails with TransactionCanceledException
    And the cancellation reasons are "None, ConditionalCheckFailed"
    And cancellation reason 2 says "The conditional request failed"
    And cancellation reason 2 carries no item
    And Accounts holds the item:
      """
      {"Id": {"S": "bob"}, "Balance": {"N": "0"}}
      """
    And Accounts holds the item:
      """
      {"Id": {"S": "alice"}, "Balance": {"N": "100"}}
      """

  @strict
  Scenario: The cancellation message lists the reasons' codes in order
    When I call TransactWriteItems with:
      """
      {"TransactItems": [
        {"ConditionCheck": {"TableName": "Accounts", "Key": {"Id": {"S": "alice"}}, "ConditionExpression": "attribute_not_exists(Id)"}},
        {"Delete": {"TableName": "Accounts", "Key": {"Id": {"S": "bob"}}}}]}
      """
    Then the request fails with TransactionCanceledException
    And the error message is "Transaction cancelled, please refer cancellation reasons for specific reasons [ConditionalCheckFailed, None]"

  Scenario: ReturnValuesOnConditionCheckFailure ALL_OLD puts the item in that action's reason
    When I call TransactWriteItems with:
      """
      {"TransactItems": [
        {"ConditionCheck": {"TableName": "Accounts", "Key": {"Id": {"S": "alice"}}, "ConditionExpression": "Balance > :b",
                            "ExpressionAttributeValues": {":b": {"N": "1000"}}, "ReturnValuesOnConditionCheckFailure": "ALL_OLD"}}]}
      """
    Then the request fails with TransactionCanceledException
    And the cancellation reasons are "ConditionalCheckFailed"
    And cancellation reason 1 carries the item:
      """
      {"Id": {"S": "alice"}, "Balance": {"N": "100"}}
      """

  Scenario: Two actions on one item are refused and nothing is written
    When I call TransactWriteItems with:
      """
      {"TransactItems": [
        {"ConditionCheck": {"TableName": "Accounts", "Key": {"Id": {"S": "alice"}}, "ConditionExpression": "attribute_exists(Id)"}},
        {"Update": {"TableName": "Accounts", "Key": {"Id": {"S": "alice"}}, "UpdateExpression": "SET Balance = :z",
                    "ExpressionAttributeValues": {":z": {"N": "0"}}}}]}
      """
    Then the request fails with ValidationException
    And Accounts holds the item:
      """
      {"Id": {"S": "alice"}, "Balance": {"N": "100"}}
      """

  @strict
  Scenario: Two actions on one item are refused in DynamoDB's words
    When I call TransactWriteItems with:
      """
      {"TransactItems": [
        {"Delete": {"TableName": "Accounts", "Key": {"Id": {"S": "bob"}}}},
        {"Delete": {"TableName": "Accounts", "Key": {"Id": {"S": "bob"}}}}]}
      """
    Then the request fails with ValidationException
    And the error message is "Transaction request cannot include multiple operations on one item"

  Scenario: 100 actions are one transaction
    When I write 100 new items into Accounts in one transaction
    Then the request succeeds
    And Accounts holds the 100 new items

  Scenario: 101 actions are refused and nothing is written
    When I write 101 new items into Accounts in one transaction
    Then the request fails with ValidationException
    And Accounts holds none of the 101 new items

  Scenario: Every item of a transaction is written twice, to prepare and to commit
    When I call TransactWriteItems with:
      """
      {"TransactItems": [
        {"Update": {"TableName": "Accounts", "Key": {"Id": {"S": "alice"}}, "UpdateExpression": "SET Balance = Balance - :a",
                    "ExpressionAttributeValues": {":a": {"N": "1"}}}},
        {"Update": {"TableName": "Accounts", "Key": {"Id": {"S": "bob"}}, "UpdateExpression": "SET Balance = Balance + :a",
                    "ExpressionAttributeValues": {":a": {"N": "1"}}}}],
       "ReturnConsumedCapacity": "TOTAL"}
      """
    Then the request succeeds
    And the ConsumedCapacity in the response is:
      """
      [{"TableName": "Accounts", "CapacityUnits": 4.0, "WriteCapacityUnits": 4.0}]
      """

  Scenario: A 2,000-byte item updated by a transaction costs its two write units twice
    Given the item in Accounts, padded to 2000 bytes with "x" in attribute "Notes":
      """
      {"Id": {"S": "carol"}, "Balance": {"N": "12"}}
      """
    When I call TransactWriteItems with:
      """
      {"TransactItems": [{"Update": {"TableName": "Accounts", "Key": {"Id": {"S": "carol"}}, "UpdateExpression": "SET Balance = :b",
                                     "ExpressionAttributeValues": {":b": {"N": "34"}}}}],
       "ReturnConsumedCapacity": "TOTAL"}
      """
    Then the request succeeds
    And the ConsumedCapacity in the response is:
      """
      [{"TableName": "Accounts", "CapacityUnits": 4.0, "WriteCapacityUnits": 4.0}]
      """

  Scenario: TransactGetItems answers in request order, with an empty response for a missing item
    When I call TransactGetItems with:
      """
      {"TransactItems": [
        {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "bob"}}}},
        {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "carol"}}}},
        {"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "alice"}}, "ProjectionExpression": "Balance"}}],
       "ReturnConsumedCapacity": "TOTAL"}
      """
    Then the request succeeds
    And the Responses in the response is:
      """
      [{"Item": {"Id": {"S": "bob"}, "Balance": {"N": "0"}}}, {}, {"Item": {"Balance": {"N": "100"}}}]
      """
    And the ConsumedCapacity in the response is:
      """
      [{"TableName": "Accounts", "CapacityUnits": 6.0, "ReadCapacityUnits": 6.0}]
      """

  Scenario: A repeated ClientRequestToken applies the transaction once
    When I call TransactWriteItems with:
      """
      {"TransactItems": [
        {"Update": {"TableName": "Accounts", "Key": {"Id": {"S": "alice"}}, "UpdateExpression": "SET Balance = Balance - :a",
                    "ExpressionAttributeValues": {":a": {"N": "10"}}}}],
       "ClientRequestToken": "transfer-0001"}
      """
    And I call TransactWriteItems with:
      """
      {"TransactItems": [
        {"Update": {"TableName": "Accounts", "Key": {"Id": {"S": "alice"}}, "UpdateExpression": "SET Balance = Balance - :a",
                    "ExpressionAttributeValues": {":a": {"N": "10"}}}}],
       "ClientRequestToken": "transfer-0001"}
      """
    Then the request succeeds
    And Accounts holds the item:
      """
      {"Id": {"S": "alice"}, "Balance": {"N": "90"}}
      """

  Scenario: The same ClientRequestToken with other parameters is refused
    When I call TransactWriteItems with:
      """
      {"TransactItems": [
        {"Update": {"TableName": "Accounts", "Key": {"Id": {"S": "alice"}}, "UpdateExpression": "SET Balance = Balance - :a",
                    "ExpressionAttributeValues": {":a": {"N": "10"}}}}],
       "ClientRequestToken": "transfer-0002"}
      """
    And I call TransactWriteItems with:
      """
      {"TransactItems": [
        {"Update": {"TableName": "Accounts", "Key": {"Id": {"S": "alice"}}, "UpdateExpression": "SET Balance = Balance - :a",
                    "ExpressionAttributeValues": {":a": {"N": "20"}}}}],
       "ClientRequestToken": "transfer-0002"}
      """
    Then the request fails with IdempotentParameterMismatchException
    And Accounts holds the item:
      """
      {"Id": {"S": "alice"}, "Balance": {"N": "90"}}
      """

  # API_TransactWriteItems.html, ClientRequestToken: "the initial TransactWriteItems call returns
  # the amount of write capacity units consumed in making the changes. Subsequent
  # TransactWriteItems calls with the same client token return the number of read capacity units
  # consumed in reading the item."
  Scenario: A repeated ClientRequestToken reports read capacity, not the writes it did not make again
    When I call TransactWriteItems with:
      """
      {"TransactItems": [
        {"Update": {"TableName": "Accounts", "Key": {"Id": {"S": "alice"}}, "UpdateExpression": "SET Balance = Balance - :a",
                    "ExpressionAttributeValues": {":a": {"N": "10"}}}}],
       "ClientRequestToken": "transfer-0004", "ReturnConsumedCapacity": "TOTAL"}
      """
    Then the ConsumedCapacity in the response is:
      """
      [{"TableName": "Accounts", "CapacityUnits": 2.0, "WriteCapacityUnits": 2.0}]
      """
    When I call TransactWriteItems with:
      """
      {"TransactItems": [
        {"Update": {"TableName": "Accounts", "Key": {"Id": {"S": "alice"}}, "UpdateExpression": "SET Balance = Balance - :a",
                    "ExpressionAttributeValues": {":a": {"N": "10"}}}}],
       "ClientRequestToken": "transfer-0004", "ReturnConsumedCapacity": "TOTAL"}
      """
    Then the request succeeds
    And "/ConsumedCapacity/0/TableName" in the response is '"Accounts"'
    And "/ConsumedCapacity/0/WriteCapacityUnits" is not in the response
    And Accounts holds the item:
      """
      {"Id": {"S": "alice"}, "Balance": {"N": "90"}}
      """

  # "multiple identical calls have the same effect as one single call": a cancelled transaction
  # repeated with its token is cancelled again; it is no transaction in progress
  # (TransactionInProgressException: "The transaction with the given request token is already in
  # progress").
  Scenario: A cancelled transaction repeated with its ClientRequestToken is cancelled again
    When I call TransactWriteItems with:
      """
      {"TransactItems": [
        {"Update": {"TableName": "Accounts", "Key": {"Id": {"S": "alice"}}, "UpdateExpression": "SET Balance = Balance - :a",
                    "ConditionExpression": "Balance >= :a", "ExpressionAttributeValues": {":a": {"N": "500"}}}}],
       "ClientRequestToken": "transfer-0005"}
      """
    Then the request fails with TransactionCanceledException
    When I call TransactWriteItems with:
      """
      {"TransactItems": [
        {"Update": {"TableName": "Accounts", "Key": {"Id": {"S": "alice"}}, "UpdateExpression": "SET Balance = Balance - :a",
                    "ConditionExpression": "Balance >= :a", "ExpressionAttributeValues": {":a": {"N": "500"}}}}],
       "ClientRequestToken": "transfer-0005"}
      """
    Then the request fails with TransactionCanceledException
    And Accounts holds the item:
      """
      {"Id": {"S": "alice"}, "Balance": {"N": "100"}}
      """

  @reference-only
  Scenario: After 10 minutes the same ClientRequestToken is a new request
    When I call TransactWriteItems with:
      """
      {"TransactItems": [
        {"Update": {"TableName": "Accounts", "Key": {"Id": {"S": "alice"}}, "UpdateExpression": "SET Balance = Balance - :a",
                    "ExpressionAttributeValues": {":a": {"N": "10"}}}}],
       "ClientRequestToken": "transfer-0003"}
      """
    And 10 minutes pass
    And I call TransactWriteItems with:
      """
      {"TransactItems": [
        {"Update": {"TableName": "Accounts", "Key": {"Id": {"S": "alice"}}, "UpdateExpression": "SET Balance = Balance - :a",
                    "ExpressionAttributeValues": {":a": {"N": "10"}}}}],
       "ClientRequestToken": "transfer-0003"}
      """
    Then the request succeeds
    And Accounts holds the item:
      """
      {"Id": {"S": "alice"}, "Balance": {"N": "80"}}
      """

  @reference-only
  Scenario: A PutItem on an item of a transaction in flight fails with TransactionConflictException
    Given transactions are held between their phases
    When I start a transaction with:
      """
      {"TransactItems": [
        {"Update": {"TableName": "Accounts", "Key": {"Id": {"S": "alice"}}, "UpdateExpression": "SET Balance = Balance - :a",
                    "ExpressionAttributeValues": {":a": {"N": "10"}}}},
        {"Update": {"TableName": "Accounts", "Key": {"Id": {"S": "bob"}}, "UpdateExpression": "SET Balance = Balance + :a",
                    "ExpressionAttributeValues": {":a": {"N": "10"}}}}]}
      """
    And I put an item into Accounts:
      """
      {"Id": {"S": "alice"}, "Balance": {"N": "1"}}
      """
    Then the request fails with TransactionConflictException
    When the held transaction is released
    Then the request succeeds
    And Accounts holds the item:
      """
      {"Id": {"S": "alice"}, "Balance": {"N": "90"}}
      """

  @reference-only
  Scenario: TransactGetItems and another transaction on an item in flight are cancelled with TransactionConflict
    Given transactions are held between their phases
    When I start a transaction with:
      """
      {"TransactItems": [
        {"Update": {"TableName": "Accounts", "Key": {"Id": {"S": "alice"}}, "UpdateExpression": "SET Balance = Balance - :a",
                    "ExpressionAttributeValues": {":a": {"N": "10"}}}},
        {"Update": {"TableName": "Accounts", "Key": {"Id": {"S": "bob"}}, "UpdateExpression": "SET Balance = Balance + :a",
                    "ExpressionAttributeValues": {":a": {"N": "10"}}}}]}
      """
    And I call TransactGetItems with:
      """
      {"TransactItems": [{"Get": {"TableName": "Accounts", "Key": {"Id": {"S": "bob"}}}}]}
      """
    Then the request fails with TransactionCanceledException
    And the cancellation reasons are "TransactionConflict"
    When I call TransactWriteItems with:
      """
      {"TransactItems": [
        {"ConditionCheck": {"TableName": "Accounts", "Key": {"Id": {"S": "carol"}}, "ConditionExpression": "attribute_not_exists(Id)"}},
        {"Delete": {"TableName": "Accounts", "Key": {"Id": {"S": "alice"}}}}]}
      """
    Then the request fails with TransactionCanceledException
    And the cancellation reasons are "None, TransactionConflict"
    When the held transaction is released
    Then the request succeeds
    And Accounts holds the item:
      """
      {"Id": {"S": "bob"}, "Balance": {"N": "10"}}
      """

  @reference-only
  Scenario: The same ClientRequestToken while the first request runs fails with TransactionInProgressException
    Given transactions are held between their phases
    When I start a transaction with:
      """
      {"TransactItems": [
        {"Delete": {"TableName": "Accounts", "Key": {"Id": {"S": "bob"}}}}],
       "ClientRequestToken": "close-bob"}
      """
    And I call TransactWriteItems with:
      """
      {"TransactItems": [
        {"Delete": {"TableName": "Accounts", "Key": {"Id": {"S": "bob"}}}}],
       "ClientRequestToken": "close-bob"}
      """
    Then the request fails with TransactionInProgressException
    When the held transaction is released
    Then the request succeeds
    And Accounts holds no item with key:
      """
      {"Id": {"S": "bob"}}
      """

  # transaction-apis.html, "Idempotency": a retry with the same ClientRequestToken "within the
  # 10-minute idempotency window" returns success "without making any changes" once the first request
  # succeeded; the coordinator's failure and its takeover are the engine's (Idziorek et al., USENIX ATC
  # 2023: a transaction's coordinator fails and another finishes it from what was recorded).
  @reference-only
  Scenario Outline: A transfer whose coordinator fails after its <point> happens once, its retry with the same ClientRequestToken included
    Given the transaction coordinator fails after the next transaction's <point>
    When I call TransactWriteItems with:
      """
      {"TransactItems": [
        {"Update": {"TableName": "Accounts", "Key": {"Id": {"S": "alice"}}, "UpdateExpression": "SET Balance = Balance - :a",
                    "ConditionExpression": "Balance >= :a", "ExpressionAttributeValues": {":a": {"N": "10"}}}},
        {"Update": {"TableName": "Accounts", "Key": {"Id": {"S": "bob"}}, "UpdateExpression": "SET Balance = Balance + :a",
                    "ExpressionAttributeValues": {":a": {"N": "10"}}}}],
       "ClientRequestToken": "<token>"}
      """
    Then the request fails with InternalServerError
    When another coordinator finishes the transactions whose coordinator failed
    And I call TransactWriteItems with:
      """
      {"TransactItems": [
        {"Update": {"TableName": "Accounts", "Key": {"Id": {"S": "alice"}}, "UpdateExpression": "SET Balance = Balance - :a",
                    "ConditionExpression": "Balance >= :a", "ExpressionAttributeValues": {":a": {"N": "10"}}}},
        {"Update": {"TableName": "Accounts", "Key": {"Id": {"S": "bob"}}, "UpdateExpression": "SET Balance = Balance + :a",
                    "ExpressionAttributeValues": {":a": {"N": "10"}}}}],
       "ClientRequestToken": "<token>"}
      """
    Then the request succeeds
    And Accounts holds the item:
      """
      {"Id": {"S": "alice"}, "Balance": {"N": "90"}}
      """
    And Accounts holds the item:
      """
      {"Id": {"S": "bob"}, "Balance": {"N": "10"}}
      """

    Examples:
      | point    | token         |
      | prepare  | transfer-0100 |
      | decision | transfer-0101 |
