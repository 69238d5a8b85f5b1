package org.permanence.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.permanence.child.ChildId;

/** A batch's results and failures, and a failure named once as its reader sees it. */
class BatchResultTest {

  @Test
  void aBatchHasFailuresOnlyWhenOneIsListed() {
    BatchResult<String> clean = BatchResult.of(List.of("a", "b"), List.of());
    BatchResult<String> failed = BatchResult.of(List.of("a"), List.of(Failure.of(ChildId.of("C2"), "no rate")));

    assertThat(clean.hasFailures()).isFalse();
    assertThat(clean.values()).containsExactly("a", "b");
    assertThat(failed.hasFailures()).isTrue();
    assertThat(failed.failures()).extracting(Failure::message).containsExactly("no rate");
  }

  @ParameterizedTest(name = "''{1}'' of {0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
    // a message that does not name the child gets it in front
    "C1 | no rate for U4                        | child C1: no rate for U4",
    // one that begins by naming it, followed by a separator, is printed as it is
    "C1 | child C1, episode starting 2019-05-01  | child C1, episode starting 2019-05-01",
    "C1 | child C1: two histories               | child C1: two histories",
    "C1 | child C1's episodes overlap            | child C1's episodes overlap",
    "C1 | child C1 has no header row             | child C1 has no header row",
    "C1 | child C1                              | child C1",
    // a longer identifier that starts with the child's is another child
    "C1 | child C10, episode starting 2019-05-01 | child C1: child C10, episode starting 2019-05-01",
    "C1 | child C1A has no header row            | child C1: child C1A has no header row",
    // the child named somewhere other than first
    "C1 | the child C1 has no rate               | child C1: the child C1 has no rate",
  })
  void aFailureNamesItsChildOnce(String child, String message, String expected) {
    assertThat(Failure.of(ChildId.of(child), message)).hasToString(expected);
  }

  @Test
  void aFailureOfNoChildIsItsMessage() {
    Failure failure = ImmutableFailure.builder().message("the batch was cancelled").build();

    assertThat(failure.childId()).isEmpty();
    assertThat(failure).hasToString("the batch was cancelled");
  }

  @Test
  void aMessageBrokenAfterTheChildNamesItToo() {
    assertThat(Failure.of(ChildId.of("C1"), "child C1\nepisode starting 2019-05-01"))
        .hasToString("child C1\nepisode starting 2019-05-01");
  }
}
