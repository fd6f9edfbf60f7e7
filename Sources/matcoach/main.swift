import MatCoachCLI

// The whole program is the MatCoachCLI library, so that its logic can be unit tested;
// this file only starts it.
MatCoachCommand.main()
