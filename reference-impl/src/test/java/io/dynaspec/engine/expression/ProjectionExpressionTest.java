package io.dynaspec.engine.expression;

import io.dynaspec.engine.value.Item;
import org.junit.jupiter.api.Test;

import static io.dynaspec.engine.expression.Values.item;
import static io.dynaspec.engine.expression.Values.l;
import static io.dynaspec.engine.expression.Values.m;
import static io.dynaspec.engine.expression.Values.n;
import static io.dynaspec.engine.expression.Values.placeholders;
import static io.dynaspec.engine.expression.Values.s;
import static io.dynaspec.engine.expression.Values.validationMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Projection expressions, from Expressions.ProjectionExpressions.html and
 * Expressions.Attributes.html ("Document paths"); names through placeholders from
 * Expressions.ExpressionAttributeNames.html.
 */
class ProjectionExpressionTest {
    private static final Item PRODUCT = item(
            "Id", n("123"), "Title", s("Bicycle 123"), "Price", n("500"),
            "RelatedItems", l(n("341"), n("472"), n("649")),
            "ProductReviews", m("FiveStar", l(s("Excellent!"), s("Love it!")), "OneStar", l(s("Terrible"))),
            "Pictures", m("FrontView", s("front.jpg"), "RearView", s("rear.jpg")));

    private static Item project(String expression, Object... placeholders) {
        return ProjectionExpression.parse(expression, placeholders(placeholders)).project(PRODUCT);
    }

    @Test
    void topLevelAttributes() {
        assertEquals(item("Title", s("Bicycle 123"), "Price", n("500")), project("Title, Price, Nope"));
    }

    @Test
    void nestedPathsKeepTheirEnclosingDocuments() {
        assertEquals(item("RelatedItems", l(n("472")), "ProductReviews", m("FiveStar", l(s("Excellent!"), s("Love it!")))),
                project("RelatedItems[1], ProductReviews.FiveStar"));
        assertEquals(item("RelatedItems", l(n("341"), n("649"))), project("RelatedItems[2], RelatedItems[0]"));
        assertEquals(item("Pictures", m("RearView", s("rear.jpg"))), project("Pictures.RearView, Pictures.SideView"));
        assertEquals(item(), project("Pictures.FrontView.Link, RelatedItems[7]"));
    }

    @Test
    void placeholdersAndReservedWords() {
        assertEquals(item("Comment", s("x")),
                ProjectionExpression.parse("#c", placeholders("#c", "Comment")).project(item("Comment", s("x"))));
        assertEquals("Invalid ProjectionExpression: Attribute name is a reserved keyword; reserved keyword: Comment",
                validationMessage(() -> ProjectionExpression.parse("Title, Comment", Placeholders.none())));
    }

    @Test
    void pathsMustNotOverlap() {
        assertEquals("Invalid ProjectionExpression: Two document paths overlap with each other; must remove or rewrite "
                        + "one of these paths; path one: [Pictures], path two: [Pictures, FrontView]",
                validationMessage(() -> ProjectionExpression.parse("Pictures, Pictures.FrontView", Placeholders.none())));
    }

    @Test
    void syntax() {
        // The quoted text runs from the token before the offending one to the token after it.
        assertEquals("Invalid ProjectionExpression: Syntax error; token: \":v\", near: \", :v\"",
                validationMessage(() -> ProjectionExpression.parse("a, :v", Placeholders.none())));
        assertEquals("Invalid ProjectionExpression: The expression can not be empty;",
                validationMessage(() -> ProjectionExpression.parse("", Placeholders.none())));
    }

    @Test
    void absentItemStaysAbsent() {
        assertNull(ProjectionExpression.parse("a", Placeholders.none()).project(null));
    }
}
