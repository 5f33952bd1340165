package id.go.bps.pst.benchmark;

/** Plays whole online microdata sales one after another, from several client threads at once. */
interface SaleDriver extends AutoCloseable {

    String name();

    /** Thread-bound set-up (the engine-only doubles live in a thread-local registry), before a thread's first sale. */
    default void onClientThread() {
    }

    /** One whole sale from request to rating; each step reports its end to {@code lap}. Answers its business key. */
    String play(StepTimes.Lap lap);

    /** Whether the sale really ended as rated; checked after its time is taken. */
    boolean ended(String businessKey);

    @Override
    void close();
}
