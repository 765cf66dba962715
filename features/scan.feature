# Source: docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_Scan.html (Limit "The maximum number of items to evaluate (not necessarily the number of matching items)"; ExclusiveStartKey; LastEvaluatedKey "If LastEvaluatedKey is empty, then the \"last page\" of results has been processed"; Segment and TotalSegments; Count and ScannedCount; Select COUNT)
# Source: docs.aws.amazon.com/amazondynamodb/latest/developerguide/Scan.html ("Paginating the results"; "Counting the items in the results"; "Parallel scan": each worker scans one segment, and together the segments cover the table)
# Source: docs.aws.amazon.com/amazondynamodb/latest/developerguide/read-write-operations.html (Scan: "DynamoDB considers the size of the items that are evaluated, not the size of the items returned by the scan"; reads per 4 KB of the total, half for eventually consistent)
# Source: docs.aws.amazon.com/amazondynamodb/latest/developerguide/LegacyConditionalParameters.ScanFilter.html and LegacyConditionalParameters.ConditionalOperator.html (ScanFilter conditions, joined by AND unless ConditionalOperator is OR)
# Seed: "When you write item to DynamoDB table, DynamoDB applies the hash function on the partition key to determine which partition to write the item to. Based on the item's hash value (the result of applying the hash function to the partition key), dynamodb then decides the partition to which the data will get written."
@scan
Feature: Scan reads the whole table, page by page or segment by segment
  A scan reads every item of the table. Limit caps the items read in one page; the pages,
  chained through LastEvaluatedKey, return every item exactly once. A parallel scan splits the
  table into TotalSegments segments whose scans together return every item exactly once. The
  order of a scan is not promised, so the items are compared as a collection.

  Background:
    Given a table Employee keyed by LoginAlias
    And the items in Employee:
      """
      [{"LoginAlias": {"S": "irenes"}, "Level": {"N": "3"}}, {"LoginAlias": {"S": "mateoj"}, "Level": {"N": "5"}},
       {"LoginAlias": {"S": "janed"}, "Level": {"N": "2"}}, {"LoginAlias": {"S": "diegor"}, "Level": {"N": "7"}},
       {"LoginAlias": {"S": "marthar"}, "Level": {"N": "1"}}, {"LoginAlias": {"S": "sofiaw"}, "Level": {"N": "4"}},
       {"LoginAlias": {"S": "liuw"}, "Level": {"N": "6"}}]
      """

  Scenario: One scan without Limit returns every item
    When I scan Employee with:
      """
      {}
      """
    Then the scan returns these items in any order:
      """
      [{"LoginAlias": {"S": "irenes"}, "Level": {"N": "3"}}, {"LoginAlias": {"S": "mateoj"}, "Level": {"N": "5"}},
       {"LoginAlias": {"S": "janed"}, "Level": {"N": "2"}}, {"LoginAlias": {"S": "diegor"}, "Level": {"N": "7"}},
       {"LoginAlias": {"S": "marthar"}, "Level": {"N": "1"}}, {"LoginAlias": {"S": "sofiaw"}, "Level": {"N": "4"}},
       {"LoginAlias": {"S": "liuw"}, "Level": {"N": "6"}}]
      """
    And the response includes:
      """
      {"Count": 7, "ScannedCount": 7}
      """
    And the response has no LastEvaluatedKey

  Scenario Outline: Pages of at most <limit> items, chained by LastEvaluatedKey, return every item once
    When I scan Employee to the end with:
      """
      {"Limit": <limit>}
      """
    Then the pages returned these items, each once, in any order:
      """
      [{"LoginAlias": {"S": "irenes"}, "Level": {"N": "3"}}, {"LoginAlias": {"S": "mateoj"}, "Level": {"N": "5"}},
       {"LoginAlias": {"S": "janed"}, "Level": {"N": "2"}}, {"LoginAlias": {"S": "diegor"}, "Level": {"N": "7"}},
       {"LoginAlias": {"S": "marthar"}, "Level": {"N": "1"}}, {"LoginAlias": {"S": "sofiaw"}, "Level": {"N": "4"}},
       {"LoginAlias": {"S": "liuw"}, "Level": {"N": "6"}}]
      """

    Examples:
      | limit |
      | 1     |
      | 3     |
      | 7     |

  Scenario: Pages of a scan with the legacy ScanFilter, chained by LastEvaluatedKey, return every item it keeps once
    # API_Scan.html: Limit and ExclusiveStartKey page a scan whichever form its filter takes
    # (LegacyConditionalParameters.ScanFilter.html); Limit counts the items read, before the filter.
    When I scan Employee to the end with:
      """
      {"Limit": 2, "ScanFilter": {"Level": {"ComparisonOperator": "GE", "AttributeValueList": [{"N": "4"}]}}}
      """
    Then the pages returned these items, each once, in any order:
      """
      [{"LoginAlias": {"S": "mateoj"}, "Level": {"N": "5"}}, {"LoginAlias": {"S": "diegor"}, "Level": {"N": "7"}},
       {"LoginAlias": {"S": "sofiaw"}, "Level": {"N": "4"}}, {"LoginAlias": {"S": "liuw"}, "Level": {"N": "6"}}]
      """

  # The same through a table with a sort key: a page that ends inside an item collection resumes
  # after its last item, in the same collection (API_Scan.html, ExclusiveStartKey).
  Scenario Outline: Pages of at most <limit> items of a table with a sort key return every item once
    Given a table Thread keyed by ForumName and sorted by Subject
    And the items in Thread:
      """
      [{"ForumName": {"S": "S3"}, "Subject": {"S": "a"}}, {"ForumName": {"S": "S3"}, "Subject": {"S": "b"}},
       {"ForumName": {"S": "S3"}, "Subject": {"S": "c"}}, {"ForumName": {"S": "EC2"}, "Subject": {"S": "a"}},
       {"ForumName": {"S": "EC2"}, "Subject": {"S": "b"}}, {"ForumName": {"S": "RDS"}, "Subject": {"S": "a"}}]
      """
    When I scan Thread to the end with:
      """
      {"Limit": <limit>}
      """
    Then the pages returned these items, each once, in any order:
      """
      [{"ForumName": {"S": "S3"}, "Subject": {"S": "a"}}, {"ForumName": {"S": "S3"}, "Subject": {"S": "b"}},
       {"ForumName": {"S": "S3"}, "Subject": {"S": "c"}}, {"ForumName": {"S": "EC2"}, "Subject": {"S": "a"}},
       {"ForumName": {"S": "EC2"}, "Subject": {"S": "b"}}, {"ForumName": {"S": "RDS"}, "Subject": {"S": "a"}}]
      """

    Examples:
      | limit |
      | 1     |
      | 2     |

  Scenario: A page that stops at Limit carries the key of the last item it read
    When I scan Employee with:
      """
      {"Limit": 2}
      """
    Then the Items in the response has 2 elements
    And the response includes:
      """
      {"Count": 2, "ScannedCount": 2}
      """
    And the response has a LastEvaluatedKey

  Scenario Outline: The <segments> segments of a parallel scan together return every item once
    When I scan each of <segments> segments of Employee to the end with:
      """
      <request>
      """
    Then the pages returned these items, each once, in any order:
      """
      [{"LoginAlias": {"S": "irenes"}, "Level": {"N": "3"}}, {"LoginAlias": {"S": "mateoj"}, "Level": {"N": "5"}},
       {"LoginAlias": {"S": "janed"}, "Level": {"N": "2"}}, {"LoginAlias": {"S": "diegor"}, "Level": {"N": "7"}},
       {"LoginAlias": {"S": "marthar"}, "Level": {"N": "1"}}, {"LoginAlias": {"S": "sofiaw"}, "Level": {"N": "4"}},
       {"LoginAlias": {"S": "liuw"}, "Level": {"N": "6"}}]
      """

    Examples:
      | segments | request        |
      | 1        | {}             |
      | 2        | {}             |
      | 3        | {"Limit": 1}   |
      | 4        | {"Limit": 2}   |
      | 16       | {}             |

  Scenario: A filter leaves ScannedCount at the items read and Count at the items that passed
    When I scan Employee with:
      """
      {"FilterExpression": "#l >= :l", "ExpressionAttributeNames": {"#l": "Level"}, "ExpressionAttributeValues": {":l": {"N": "5"}}}
      """
    Then the scan returns these items in any order:
      """
      [{"LoginAlias": {"S": "mateoj"}, "Level": {"N": "5"}}, {"LoginAlias": {"S": "diegor"}, "Level": {"N": "7"}},
       {"LoginAlias": {"S": "liuw"}, "Level": {"N": "6"}}]
      """
    And the response includes:
      """
      {"Count": 3, "ScannedCount": 7}
      """

  Scenario: Select COUNT counts the items that pass the filter and returns none
    When I scan Employee with:
      """
      {"FilterExpression": "#l < :l", "ExpressionAttributeNames": {"#l": "Level"}, "ExpressionAttributeValues": {":l": {"N": "3"}}, "Select": "COUNT"}
      """
    Then the response includes:
      """
      {"Count": 2, "ScannedCount": 7}
      """
    And the response has no Items

  Scenario: A ProjectionExpression returns only the attributes it names
    When I scan Employee with:
      """
      {"ProjectionExpression": "#l", "ExpressionAttributeNames": {"#l": "Level"}, "FilterExpression": "#l > :l", "ExpressionAttributeValues": {":l": {"N": "5"}}}
      """
    Then the scan returns these items in any order:
      """
      [{"Level": {"N": "7"}}, {"Level": {"N": "6"}}]
      """

  Scenario: A scan of a table that does not exist is refused
    When I scan Nowhere with:
      """
      {}
      """
    Then the request fails with ResourceNotFoundException

  Scenario: A strongly consistent scan is charged for the items it read, not the items it returned
    Given a table Blobs keyed by Id
    And the item in Blobs, padded to 1500 bytes with "x" in attribute "Data":
      """
      {"Id": {"S": "1"}}
      """
    And the item in Blobs, padded to 1500 bytes with "x" in attribute "Data":
      """
      {"Id": {"S": "2"}}
      """
    And the item in Blobs, padded to 1500 bytes with "x" in attribute "Data":
      """
      {"Id": {"S": "3"}}
      """
    When I scan Blobs with:
      """
      {"FilterExpression": "attribute_exists(Nickname)", "ConsistentRead": true, "ReturnConsumedCapacity": "INDEXES"}
      """
    Then the response includes:
      """
      {"Count": 0, "ScannedCount": 3}
      """
    And the ConsumedCapacity in the response includes:
      """
      {"TableName": "Blobs", "CapacityUnits": 2.0, "Table": {"CapacityUnits": 2.0}}
      """

  Scenario: An eventually consistent scan of 4,500 bytes is charged half of two units
    Given a table Blobs keyed by Id
    And the item in Blobs, padded to 1500 bytes with "x" in attribute "Data":
      """
      {"Id": {"S": "1"}}
      """
    And the item in Blobs, padded to 1500 bytes with "x" in attribute "Data":
      """
      {"Id": {"S": "2"}}
      """
    And the item in Blobs, padded to 1500 bytes with "x" in attribute "Data":
      """
      {"Id": {"S": "3"}}
      """
    When I scan Blobs with:
      """
      {"ConsistentRead": false, "ReturnConsumedCapacity": "TOTAL"}
      """
    Then the ConsumedCapacity in the response includes:
      """
      {"TableName": "Blobs", "CapacityUnits": 1.0}
      """

  Scenario: A scan of an empty table returns nothing and no LastEvaluatedKey
    Given a table Empty keyed by Id
    When I scan Empty with:
      """
      {"Limit": 5, "ReturnConsumedCapacity": "TOTAL"}
      """
    Then the response includes:
      """
      {"Items": [], "Count": 0, "ScannedCount": 0}
      """
    And the response has no LastEvaluatedKey

  Scenario: The legacy ScanFilter joins its conditions by AND unless told otherwise
    When I scan Employee with:
      """
      {"ScanFilter": {"Level": {"ComparisonOperator": "GE", "AttributeValueList": [{"N": "3"}]},
                      "LoginAlias": {"ComparisonOperator": "BEGINS_WITH", "AttributeValueList": [{"S": "m"}]}},
       "ConditionalOperator": "AND"}
      """
    Then the response includes:
      """
      {"Count": 1, "ScannedCount": 7}
      """

  Scenario: The legacy ScanFilter with ConditionalOperator OR keeps an item that meets either condition
    When I scan Employee with:
      """
      {"ScanFilter": {"Level": {"ComparisonOperator": "GE", "AttributeValueList": [{"N": "3"}]},
                      "LoginAlias": {"ComparisonOperator": "BEGINS_WITH", "AttributeValueList": [{"S": "m"}]}},
       "ConditionalOperator": "OR"}
      """
    Then the scan returns these items in any order:
      """
      [{"LoginAlias": {"S": "irenes"}, "Level": {"N": "3"}}, {"LoginAlias": {"S": "mateoj"}, "Level": {"N": "5"}},
       {"LoginAlias": {"S": "diegor"}, "Level": {"N": "7"}}, {"LoginAlias": {"S": "marthar"}, "Level": {"N": "1"}},
       {"LoginAlias": {"S": "sofiaw"}, "Level": {"N": "4"}}, {"LoginAlias": {"S": "liuw"}, "Level": {"N": "6"}}]
      """
    And the response includes:
      """
      {"Count": 6, "ScannedCount": 7}
      """

  Scenario: Segment and TotalSegments out of range are refused
    When I scan Employee with:
      """
      {"Segment": 4, "TotalSegments": 4}
      """
    Then the request fails with ValidationException

  Scenario: An ExclusiveStartKey with an attribute that is not the key is refused
    When I scan Employee with:
      """
      {"ExclusiveStartKey": {"Nickname": {"S": "irenes"}}}
      """
    Then the request fails with ValidationException

  Scenario: A LastEvaluatedKey of one segment does not resume another segment
    When I scan Employee with:
      """
      {"Segment": 0, "TotalSegments": 2, "Limit": 1}
      """
    And I scan Employee from the last LastEvaluatedKey with:
      """
      {"Segment": 1, "TotalSegments": 2}
      """
    Then the request fails with ValidationException

  Scenario: A LastEvaluatedKey resumes its own segment
    When I scan Employee with:
      """
      {"Segment": 0, "TotalSegments": 2, "Limit": 1}
      """
    And I scan Employee from the last LastEvaluatedKey with:
      """
      {"Segment": 0, "TotalSegments": 2}
      """
    Then the request succeeds
