/**
 * Sentences, tokens, part-of-speech tags and stems, with OpenNLP's English Universal Dependencies
 * models (from Maven Central, bundled in the jar: nothing is downloaded at run time). Sentences are
 * found inside each paragraph, never across two; every sentence and token keeps its character
 * offsets into the article's clean text. An article whose text reads as another language
 * ({@link org.newsfuse.nlp.EnglishCheck}) is not tagged: the English tagger's tags would be noise.
 */
package org.newsfuse.nlp;
