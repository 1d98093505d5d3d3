package io.github.journeykit.examples;

import io.github.journeykit.model.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * What is wrong with a command's arguments, in one line in the words of the command line's other
 * mistakes: {@code --customers takes a whole number, got 'abc'}, {@code unknown option '--sed' (did
 * you mean '--seed'?)}, {@code missing EVENTS.csv}.
 */
final class Arguments {

  private static final Pattern WHOLE = Pattern.compile("[-+]?\\d+");

  private Arguments() {}

  /**
   * The mistake picocli found, without the usage it would print.
   *
   * @param exception what picocli found
   * @param args the arguments as given, to tell an option given without its value from one not
   *     given
   */
  static String mistake(ParameterException exception, String[] args) {
    if (exception instanceof UnmatchedArgumentException unmatched) {
      return unmatched(unmatched);
    }
    if (exception instanceof MissingParameterException missing && !missing.getMissing().isEmpty()) {
      return missing(missing.getCommandLine(), missing.getMissing().get(0), args);
    }
    ArgSpec argument = exception.getArgSpec();
    String value = exception.getValue();
    if (argument != null && value != null) {
      return name(argument) + " takes " + expected(argument, value) + ", got '" + value + "'";
    }
    String message = String.valueOf(exception.getMessage());
    return message.isEmpty()
        ? message
        : message.substring(0, 1).toLowerCase(Locale.ROOT) + message.substring(1);
  }

  /**
   * An unknown option or command, with the closest known one as the project's other mistakes give
   * it; or one argument too many.
   */
  private static String unmatched(UnmatchedArgumentException unmatched) {
    List<String> arguments = unmatched.getUnmatched();
    String first = arguments.isEmpty() ? "" : arguments.get(0);
    CommandLine line = unmatched.getCommandLine();
    if (first.startsWith("-")) {
      String given = first.contains("=") ? first.substring(0, first.indexOf('=')) : first;
      List<String> known = new ArrayList<>();
      line.getCommandSpec().options().forEach(option -> known.addAll(List.of(option.names())));
      return "unknown option '" + given + "'" + Problem.didYouMean(given, known);
    }
    if (!line.getSubcommands().isEmpty()) {
      return "unknown command '"
          + first
          + "'"
          + Problem.didYouMean(first, line.getSubcommands().keySet());
    }
    return "one argument too many: '" + first + "'";
  }

  /**
   * An argument not given: an option's value (the option given last, or without a value), an option
   * that must be given, or the command's parameters from the first missing one on.
   */
  private static String missing(CommandLine line, ArgSpec first, String[] args) {
    if (first instanceof OptionSpec option) {
      boolean given = false;
      for (String arg : args) {
        for (String name : option.names()) {
          given |= arg.equals(name) || arg.startsWith(name + "=");
        }
      }
      return given
          ? name(option) + " takes " + expected(option, null) + ", got nothing"
          : "missing " + name(option) + " " + option.paramLabel();
    }
    int from = first instanceof PositionalParamSpec positional ? positional.index().min() : 0;
    List<String> labels = new ArrayList<>();
    for (PositionalParamSpec positional : line.getCommandSpec().positionalParameters()) {
      if (positional.index().min() >= from && positional.arity().min() > 0) {
        labels.add(positional.paramLabel());
      }
    }
    return "missing " + String.join(" and ", labels.isEmpty() ? List.of(name(first)) : labels);
  }

  /** An option by its longest name, a parameter by its label. */
  private static String name(ArgSpec argument) {
    return argument instanceof OptionSpec option ? option.longestName() : argument.paramLabel();
  }

  /** What an argument takes, in words: by its type, or its label. */
  private static String expected(ArgSpec argument, @Nullable String value) {
    Class<?> type = argument.type();
    if (type == int.class || type == Integer.class) {
      return wholeNumber(value, Integer.MIN_VALUE, Integer.MAX_VALUE);
    }
    if (type == long.class || type == Long.class) {
      return wholeNumber(value, Long.MIN_VALUE, Long.MAX_VALUE);
    }
    if (type.isEnum()) {
      List<String> names = new ArrayList<>();
      for (Object constant : type.getEnumConstants()) {
        names.add(constant.toString());
      }
      return either(names);
    }
    return argument.paramLabel();
  }

  /** A whole number, and its bounds when the value is one out of them. */
  private static String wholeNumber(@Nullable String value, long least, long most) {
    return value != null && WHOLE.matcher(value.trim()).matches()
        ? "a whole number from " + least + " to " + most
        : "a whole number";
  }

  /** "a", "a or b", "a, b or c". */
  private static String either(List<String> choices) {
    if (choices.size() == 1) {
      return choices.get(0);
    }
    return String.join(", ", choices.subList(0, choices.size() - 1))
        + " or "
        + choices.get(choices.size() - 1);
  }
}
