package org.w3id.armscontrol.wikidata;

/** Wikidata could not be asked, or did not answer usefully: the message says which and where. */
public final class WikidataException extends Exception {
    public WikidataException(String message) {
        super(message);
    }

    public WikidataException(String message, Throwable cause) {
        super(message, cause);
    }
}
