package org.w3id.armscontrol.data;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when the input has problems; nothing has been written when it is thrown. */
public final class InvalidInputException extends Exception {
    private final transient List<Problem> problems;

    public InvalidInputException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
