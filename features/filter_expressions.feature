# Source: docs.aws.amazon.com/amazondynamodb/latest/developerguide/Query.FilterExpression.html ("A filter expression is applied after a Query finishes, but before the results are returned"; "A filter expression cannot contain partition key or sort key attributes. You need to specify those attributes in the key condition expression, not the filter expression.")
# Source: docs.aws.amazon.com/amazondynamodb/latest/developerguide/Scan.html ("Filter expressions for Scan": ScannedCount is the number of items read, Count the number returned)
# Source: docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.OperatorsAndFunctions.html (the comparators and functions a filter is written with, the same as a condition's)
# Seed: "Functions in condition expression:" attribute_exists, attribute_not_exists, attribute_type, contains, begins_with, size
@filter_expressions
Feature: Filter expressions: which items a Scan or Query returns
  A filter is written as a condition is, and judged on each item read: an item for which it does
  not hold is read (ScannedCount) but not returned (Count). A Query's filter may not name a key
  attribute, wherever in the filter the name stands.

  Background:
    Given a table Employee keyed by LoginAlias
    And the item in Employee:
      """
      {"LoginAlias": {"S": "irenes"}, "Age": {"N": "34"}, "Photo": {"B": "aGVsbG8="},
       "Scores": {"NS": ["1", "2"]}, "Blobs": {"BS": ["AQ==", "Ag=="]}, "Projects": {"L": [{"S": "atlas"}, {"N": "7"}]},
       "Address": {"M": {"City": {"S": "Oslo"}}}, "Attachments": {"L": [{"B": "AQ=="}]}}
      """

  Scenario Outline: The filter <filter> with :v = <v> returns <count> of the 1 item scanned
    When I scan Employee with:
      """
      {"FilterExpression": "<filter>", "ExpressionAttributeValues": {":v": <v>}}
      """
    Then the response includes:
      """
      {"Count": <count>, "ScannedCount": 1}
      """

    Examples: contains on binaries, number and binary sets, and lists
      | filter                 | v                | count |
      | contains(Photo, :v)    | {"B": "ZWxs"}    | 1     |
      | contains(Photo, :v)    | {"B": "eHl6"}    | 0     |
      | contains(Photo, :v)    | {"S": "ell"}     | 0     |
      | contains(Photo, :v)    | {"B": "bG8="}    | 1     |
      | contains(Photo, :v)    | {"B": "aGVsbG8="} | 1    |
      | contains(Scores, :v)   | {"N": "2"}       | 1     |
      | contains(Scores, :v)   | {"N": "3"}       | 0     |
      | contains(Scores, :v)   | {"S": "2"}       | 0     |
      | contains(Blobs, :v)    | {"B": "Ag=="}    | 1     |
      | contains(Blobs, :v)    | {"B": "Aw=="}    | 0     |
      | contains(Blobs, :v)    | {"S": "Ag=="}    | 0     |
      | contains(Projects, :v) | {"N": "7"}       | 1     |
      | contains(Projects, :v) | {"S": "7"}       | 0     |
      | contains(Attachments, :v) | {"B": "AQ=="} | 1     |
      | contains(Attachments, :v) | {"B": "Ag=="} | 0     |
      | contains(Age, :v)      | {"N": "34"}      | 0     |
      | contains(Absent, :v)   | {"N": "34"}      | 0     |

    Examples: begins_with on a binary
      | filter                  | v              | count |
      | begins_with(Photo, :v)  | {"B": "aGVs"}  | 1     |
      | begins_with(Photo, :v)  | {"B": "ZWxs"}  | 0     |
      | begins_with(Photo, :v)  | {"B": "aGVsbG8="} | 1  |
      | begins_with(Photo, :v)  | {"S": "aGVs"}  | 0     |

    Examples: BETWEEN and IN on a number
      | filter                         | v             | count |
      | Age BETWEEN :v AND :v          | {"N": "34"}   | 1     |
      | Age BETWEEN :v AND :v          | {"N": "35"}   | 0     |
      | Age BETWEEN :v AND :v          | {"S": "34"}   | 0     |
      | Age IN (:v)                    | {"N": "34"}   | 1     |
      | Age IN (:v)                    | {"N": "35"}   | 0     |
      | Absent IN (:v)                 | {"N": "34"}   | 0     |
      | NOT Age IN (:v)                | {"N": "35"}   | 1     |

  Scenario Outline: A Query filter that names the key attribute inside <where> is refused
    When I query Employee with:
      """
      {"KeyConditionExpression": "LoginAlias = :k", "FilterExpression": "<filter>",
       "ExpressionAttributeValues": {":k": {"S": "irenes"}, ":v": {"S": "irenes"}}}
      """
    Then the request fails with ValidationException

    Examples:
      | where                | filter                                            |
      | a comparison         | Age > :v AND LoginAlias = :v                      |
      | OR                   | attribute_exists(Age) OR LoginAlias = :v          |
      | NOT                  | NOT LoginAlias = :v                               |
      | BETWEEN              | LoginAlias BETWEEN :v AND :v                      |
      | IN                   | LoginAlias IN (:v)                                |
      | IN's values          | Age IN (:v, LoginAlias)                           |
      | attribute_exists     | attribute_exists(LoginAlias)                      |
      | attribute_not_exists | attribute_not_exists(LoginAlias)                  |
      | attribute_type       | attribute_type(LoginAlias, :v)                    |
      | begins_with          | begins_with(LoginAlias, :v)                       |
      | contains             | contains(:v, LoginAlias)                          |
      | size                 | size(LoginAlias) > size(:v)                       |

  Scenario: A Query filter that names only other attributes returns the items it holds for
    When I query Employee with:
      """
      {"KeyConditionExpression": "LoginAlias = :k", "FilterExpression": "Address.City = :c AND size(Projects) = :two",
       "ExpressionAttributeValues": {":k": {"S": "irenes"}, ":c": {"S": "Oslo"}, ":two": {"N": "2"}}}
      """
    Then the response includes:
      """
      {"Count": 1, "ScannedCount": 1}
      """
