/**
 * Small text utilities shared by several stages: date expressions, stop words, stemmed term
 * vectors and their similarity, text normalisation for comparing wordings.
 */
package org.newsfuse.text;
