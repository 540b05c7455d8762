package org.w3id.armscontrol.data;

/**
 * A quote the data says is in a saved article: the words, the article's file name in
 * {@code data/articles/}, and where the quote is written, so a check can point at it.
 */
public record Quotation(String text, String article, Location location) {}
