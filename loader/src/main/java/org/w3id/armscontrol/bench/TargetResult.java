package org.w3id.armscontrol.bench;

/** A target as one run measured it: met or not, and the numbers that decide it. */
public record TargetResult(Target target, boolean met, String measured) {}
