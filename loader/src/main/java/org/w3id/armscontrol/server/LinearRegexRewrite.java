package org.w3id.armscontrol.server;

import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.Transformer;
import org.apache.jena.sparql.algebra.optimize.Optimize;
import org.apache.jena.sparql.algebra.optimize.RewriteFactory;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.nodevalue.NodeValueOps;
import org.apache.jena.sparql.util.Context;

/**
 * An optimizer step, set in a server's own context, that runs every {@code REGEX} and
 * {@code REPLACE} with {@link LinearRegex} instead of Java's backtracking engine. The standard
 * optimizer runs after the swap, so even constant folding evaluates with RE2/J.
 */
final class LinearRegexRewrite {
    private LinearRegexRewrite() {}

    /** The swap, then the standard optimizer: swapped first, a constant REGEX is folded by RE2/J too. */
    static final RewriteFactory FACTORY = context -> op -> Optimize.stdOptimizationFactory.create(context).rewrite(rewrite(op));

    static void install(Context context) {
        context.set(ARQConstants.sysOptimizerFactory, FACTORY);
    }

    static Op rewrite(Op op) {
        return Transformer.transform(new TransformCopy(), new ExprTransformCopy() {
            @Override
            public Expr transform(ExprFunctionN func, ExprList args) {
                if (func instanceof E_Regex) return new Regex(args);
                if (func instanceof E_StrReplace) return new Replace(args);
                return super.transform(func, args);
            }
        }, op);
    }

    private static String string(String function, NodeValue v) {
        return NodeValueOps.checkAndGetStringLiteral(function, v).getLiteralLexicalForm();
    }

    /** The compiled pattern when pattern and flags are constants (the usual case), else null. */
    private static LinearRegex precompiled(String function, ExprList args, int patternAt) {
        Expr pattern = args.get(patternAt);
        Expr flags = args.size() > patternAt + 1 ? args.get(patternAt + 1) : null;
        if (!pattern.isConstant() || (flags != null && !flags.isConstant())) return null;
        try {
            return LinearRegex.compile(function, string(function, pattern.getConstant()),
                    flags == null ? null : string(function, flags.getConstant()));
        } catch (RuntimeException e) {
            return null; // reported, row by row, when evaluated
        }
    }

    private static LinearRegex regex(String function, LinearRegex precompiled, List<NodeValue> args, int patternAt) {
        if (precompiled != null) return precompiled;
        String flags = args.size() > patternAt + 1 ? string(function, args.get(patternAt + 1)) : null;
        return LinearRegex.compile(function, string(function, args.get(patternAt)), flags);
    }

    /** REGEX(text, pattern[, flags]) through RE2/J. */
    static final class Regex extends ExprFunctionN {
        private final LinearRegex compiled;

        Regex(ExprList args) {
            super("regex", args);
            compiled = precompiled("REGEX", args, 1);
        }

        @Override
        public NodeValue eval(List<NodeValue> args) {
            String text = string("REGEX", args.get(0));
            return NodeValue.booleanReturn(regex("REGEX", compiled, args, 1).find(text));
        }

        @Override
        public Expr copy(ExprList newArgs) {
            return new Regex(newArgs);
        }
    }

    /** REPLACE(text, pattern, replacement[, flags]) through RE2/J; the result keeps the text's language tag. */
    static final class Replace extends ExprFunctionN {
        private final LinearRegex compiled;

        Replace(ExprList args) {
            super("replace", args);
            ExprList patternAndFlags = new ExprList(args.get(1));
            if (args.size() > 3) patternAndFlags.add(args.get(3));
            compiled = precompiled("REPLACE", patternAndFlags, 0);
        }

        @Override
        public NodeValue eval(List<NodeValue> args) {
            NodeValue input = args.get(0);
            String text = string("REPLACE", input);
            List<NodeValue> patternAndFlags = args.size() > 3 ? List.of(args.get(1), args.get(3)) : List.of(args.get(1));
            String out = regex("REPLACE", compiled, patternAndFlags, 0).replaceAll(text, string("REPLACE", args.get(2)));
            if (out == null || out.equals(text)) return input;
            Node n = input.asNode();
            String lang = n.getLiteralLanguage();
            return lang.isEmpty() ? NodeValue.makeString(out) : NodeValue.makeLangString(out, lang);
        }

        @Override
        public Expr copy(ExprList newArgs) {
            return new Replace(newArgs);
        }
    }
}
