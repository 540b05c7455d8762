package org.w3id.armscontrol.query;

/** A parameter value that is missing, malformed, or names nothing in the graph. */
public final class BadParameterException extends Exception {
    private final String parameter;

    public BadParameterException(String parameter, String message) {
        super(parameter == null ? message : "parameter '" + parameter + "': " + message);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
