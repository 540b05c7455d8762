package org.w3id.armscontrol.wikidata;

import java.util.Map;

/**
 * The few Wikidata ids the code itself relies on, each verified like the data's QIDs
 * (docs/WIKIDATA.md lists where). Used as evidence when judging a candidate's type.
 */
public final class KnownItems {
    private KnownItems() {}

    public static final String TREATY = "Q131569";
    public static final String BILATERAL_TREATY = "Q9557810";
    public static final String COUNTRY = "Q6256";
    public static final String INTERNATIONAL_ORGANIZATION = "Q484652";
    public static final String HUMAN = "Q5";

    /** Properties the snapshot keeps and the diff compares. */
    public static final String INSTANCE_OF = "P31";
    public static final String SIGNATORY = "P1891";
    public static final String RATIFIED_BY = "P6193";
    public static final String POINT_IN_TIME = "P585";
    public static final String START_TIME = "P580";
    public static final String END_TIME = "P582";
    public static final String INCEPTION = "P571";
    public static final String DISSOLVED = "P576";
    public static final String EFFECTIVE_DATE = "P7588";
    public static final String REFERENCE_URL = "P854";
    public static final String RETRIEVED = "P813";

    public static final java.util.List<String> SNAPSHOT_PROPERTIES = java.util.List.of(
            INSTANCE_OF, SIGNATORY, RATIFIED_BY, START_TIME, END_TIME, INCEPTION, DISSOLVED, EFFECTIVE_DATE, POINT_IN_TIME);

    /** The item a candidate of each kind of ours is expected to be an instance of. */
    public static final Map<String, String> EXPECTED_TYPE = Map.of(
            "Agreement", TREATY, "State", COUNTRY, "Person", HUMAN);

    public static final Map<String, String> LABELS = Map.of(
            TREATY, "treaty", BILATERAL_TREATY, "bilateral treaty", COUNTRY, "country",
            INTERNATIONAL_ORGANIZATION, "international organization", HUMAN, "human");
}
