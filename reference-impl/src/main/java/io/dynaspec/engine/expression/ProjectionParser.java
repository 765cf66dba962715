package io.dynaspec.engine.expression;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a projection expression: {@code path (, path)*}, the paths neither overlapping nor
 * conflicting (Expressions.ProjectionExpressions.html).
 */
final class ProjectionParser extends ExpressionReader {
    private static final Problem[] ORDER = {
            Problem.RESERVED_WORD, Problem.UNDEFINED_NAME, Problem.OVERLAP, Problem.CONFLICT, Problem.OPERAND};

    private ProjectionParser(String text, Placeholders placeholders) {
        super(ExpressionKind.PROJECTION, text, placeholders);
    }

    static ProjectionExpression parse(String text, Placeholders placeholders) {
        ProjectionParser parser = new ProjectionParser(text, placeholders);
        List<DocumentPath> paths = new ArrayList<>();
        paths.add(parser.distinctPath());
        while (parser.peek().is(",")) {
            parser.next();
            paths.add(parser.distinctPath());
        }
        parser.finish(ORDER);
        return new ProjectionExpression(paths);
    }

    private DocumentPath distinctPath() {
        DocumentPath path = path();
        requireDistinctPath(path);
        return path;
    }

    @Override
    boolean isKeyword(Token t) {
        return false;
    }
}
