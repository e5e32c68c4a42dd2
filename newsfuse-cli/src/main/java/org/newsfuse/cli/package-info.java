/**
 * The {@code newsfuse} command: {@code run} (inputs to story reports), {@code demo} (the bundled
 * demo corpus), and the subcommands other modules contribute. Commands parse options, call the
 * engine, and write what was asked: reports to files, a short account to stdout, problems and
 * progress to stderr.
 */
package org.newsfuse.cli;
