using DsarPlatform.Bench;

// One-shot macro benchmark of the heavy user: see HeavyUserBenchmark.
return args is [PhaseRunner.Argument, var phase, var dataFolder]
    ? await PhaseRunner.RunAsync(phase, dataFolder)
    : await HeavyUserBenchmark.RunAsync(args);
