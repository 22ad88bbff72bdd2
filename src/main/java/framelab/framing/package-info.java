/**
 * Framing signals beyond word counts and tone: who is mentioned next to whom ({@code actors}), whose
 * voice an outlet carries and with which verbs ({@code quotes}), which text is recycled wire copy
 * ({@code syndication}), and the same event told by different outlets ({@code events}). Each
 * sub-package takes cleaned documents and returns immutable rows; the report layer writes them.
 */
package framelab.framing;
