import com.sun.tools.attach.VirtualMachine;

/**
 * Loads a native agent into a running JVM, for starting and stopping async-profiler inside the tool without a
 * restart: {@code java AgentLoad.java PID /path/libasyncProfiler.so start,event=cpu,interval=1ms}. (jcmd's
 * JVMTI.agent_load cannot pass these options: it reads the '=' in them as its own argument syntax.)
 */
public class AgentLoad {
    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: java AgentLoad.java PID AGENT_LIBRARY OPTIONS");
            System.exit(1);
        }
        VirtualMachine vm = VirtualMachine.attach(args[0]);
        try {
            vm.loadAgentPath(args[1], args[2]);
        } finally {
            vm.detach();
        }
    }
}
