/**
 * Sentences, tokens, part-of-speech tags and stems, with OpenNLP's English Universal Dependencies
 * models (from Maven Central, bundled in the jar: nothing is downloaded at run time). Sentences are
 * found inside each paragraph, never across two; every sentence and token keeps its character
 * offsets into the article's clean text.
 */
package org.newsfuse.nlp;
