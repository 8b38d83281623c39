using Pakn.Bench;

return args.FirstOrDefault() switch
{
    "intake" => await IntakeBenchmark.RunAsync(args[1..]),
    "classify" => ClassificationBenchmark.Run(),
    "directline" => await DirectLineBenchmark.RunAsync(args[1..]),
    "sweep" => await SweepBenchmark.RunAsync(args[1..]),
    "queries" => await QueryBenchmark.RunAsync(args[1..]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: dotnet run -c Release --project tests/Pakn.Bench -- intake [--items N] [--parallel P] | classify | directline [--conversations N] [--parallel P] | sweep [--items N] [--provider sqlite|postgres] [--postgres CONNECTION] [--repeat R] | queries [--items N] [--provider sqlite|postgres] [--postgres CONNECTION] [--repeat R] [--explain]");
    return 2;
}
