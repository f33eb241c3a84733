package bibench.train;

import ai.djl.engine.Engine;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.util.Optional;

/**
 * Makes PyTorch honour {@code TORCH_CPP_LOG_LEVEL} inside the JVM. libtorch reads that variable
 * only in {@code c10::initLogging()}, which PyTorch's Python module calls when it is imported and
 * which neither libtorch itself nor DJL's JNI library calls; so in a DJL process the variable is
 * ignored and every run printed c10's one-time warning "AutoNonVariableTypeMode is deprecated"
 * (from DJL's {@code NDArray.set}, which the binarized models' warm start uses). After the engine
 * has loaded its libraries, this calls {@code c10::initLogging()} through the Java FFM API. The
 * launchers (scripts/bibench, mvn -Pbench, the tests) set {@code TORCH_CPP_LOG_LEVEL=ERROR}; a user
 * who wants the warnings sets it to {@code WARNING}. Every JVM that uses the engine calls {@link
 * #apply()} once: the harness's run, and each JMH fork that times a model.
 */
public final class TorchLogLevel {
  /** {@code c10::initLogging()} as libc10.so exports it (Itanium C++ name mangling). */
  public static final String INIT_LOGGING = "_ZN3c1011initLoggingEv";

  private TorchLogLevel() {}

  /**
   * Loads the engine and applies {@code TORCH_CPP_LOG_LEVEL}.
   *
   * @return whether libtorch's logging was initialized (false for another engine, or a libtorch
   *     without the function: its warnings then print as before)
   */
  public static boolean apply() {
    Engine engine = Engine.getInstance();
    if (!engine.getEngineName().equals("PyTorch")) {
      return false;
    }
    // The engine's libraries were loaded by DJL's classes, in this class's loader.
    Optional<MemorySegment> initLogging = SymbolLookup.loaderLookup().find(INIT_LOGGING);
    if (initLogging.isEmpty()) {
      return false;
    }
    try {
      Linker.nativeLinker().downcallHandle(initLogging.get(), FunctionDescriptor.ofVoid()).invokeExact();
      return true;
    } catch (Throwable e) {
      return false;
    }
  }
}
