package id.go.bps.pst.walkin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

import id.go.bps.pst.walkin.domain.QueueCounter;

/**
 * Queue numbers on the real database (H2 here, PostgreSQL in CI): takers at the same moment never share a number,
 * and each office's day starts again at 1 at the office's own midnight. Far-future days, so no other test's numbers
 * are in the way.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class QueueNumbersIT {

    @Autowired
    QueueCounter counter;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    Desk desk;

    @Test
    void concurrentTakers_getEveryNumberOnce() throws Exception {
        LocalDate day = aFreeDay();
        int takers = 8;
        int each = 5;
        ExecutorService pool = Executors.newFixedThreadPool(takers);
        try {
            List<Callable<List<Integer>>> jobs = new ArrayList<>();
            for (int t = 0; t < takers; t++) {
                jobs.add(() -> {
                    List<Integer> mine = new ArrayList<>();
                    for (int i = 0; i < each; i++) {
                        mine.add(transactions.execute(status -> counter.next("9400", day)));
                    }
                    return mine;
                });
            }
            List<Integer> numbers = Collections.synchronizedList(new ArrayList<>());
            for (Future<List<Integer>> result : pool.invokeAll(jobs)) {
                numbers.addAll(result.get());
            }

            assertThat(numbers).containsExactlyInAnyOrderElementsOf(
                    IntStream.rangeClosed(1, takers * each).boxed().toList());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void numbersRestartAtTheOfficesMidnight_WIT() {
        LocalDate day = aFreeDay();
        Instant lastSecond = day.plusDays(1).atStartOfDay(ZoneId.of("Asia/Jayapura")).toInstant().minusSeconds(1);
        try {
            ClockUtil.setCurrentTime(Date.from(lastSecond.minusSeconds(60)));
            VisitView first = desk.takeNumber("9400");
            ClockUtil.setCurrentTime(Date.from(lastSecond));
            VisitView second = desk.takeNumber("9400");
            ClockUtil.setCurrentTime(Date.from(lastSecond.plusSeconds(1)));
            VisitView nextDay = desk.takeNumber("9400");

            assertThat(first.serviceDay()).isEqualTo(day);
            assertThat(second.queueNumber()).isEqualTo(first.queueNumber() + 1);
            assertThat(nextDay.serviceDay()).isEqualTo(day.plusDays(1));
            assertThat(nextDay.queueNumber()).isEqualTo(1);
            assertThat(nextDay.standardMinutes()).isEqualTo(DeskSettings.DEFAULT_STANDARD_MINUTES);
        } finally {
            ClockUtil.reset();
        }
    }

    /** A day in the 22nd century nobody else takes numbers on (the day after it is free too). */
    private static LocalDate aFreeDay() {
        return LocalDate.of(2100, 1, 1).plusDays(2L * ThreadLocalRandom.current().nextInt(0, 30_000));
    }
}
