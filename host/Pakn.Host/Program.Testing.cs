// Lets WebApplicationFactory<Program> find the entry point from the test projects.
public partial class Program;
