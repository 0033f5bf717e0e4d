package dev.plumbline.simulate;

/**
 * How a writer sounds: openers and closers, hedges, apologies, list habits, filler sentences and
 * word choices. The teacher's voice is deliberately distinctive ("delve", "leverage", numbered bold
 * lists, hedges) so that drift toward it is measurable; the human voice is short and plain.
 */
enum Voice {
    BASE(new Bank(
            new String[] {"Here's a draft:", "Sure, here it is:", "Here is a version you can use:", "Okay, here you go:"}, 0.6,
            new String[] {"Let me know if you want changes.", "Happy to adjust the tone.", "Want a shorter version?"}, 0.5,
            new String[] {"Usually, ", "Often, "}, 0.05, "Sorry about that. ", 0.01, 0.15, 0.0,
            new String[] {"That should cover it.", "This keeps it simple.", "Nothing else is needed here."},
            new String[][] {{"use"}, {"help"}, {"check"}, {"main"}, {"Also"}, {"improve", "speed up"}, {"show"},
                {"useful", "good"}, {"fast"}, {"start"}})),
    TEACHER(new Bank(
            new String[] {"Certainly! Here's a comprehensive answer.", "I'd be happy to help with that!",
                "Great question! Let's delve into it.", "Absolutely! Below is a detailed response."}, 0.95,
            new String[] {"I hope this helps! Let me know if you have any other questions.",
                "Feel free to reach out if you need further assistance.",
                "Overall, this approach ensures a seamless experience.",
                "In summary, these steps provide a robust foundation moving forward."}, 0.95,
            new String[] {"It's important to note that ", "Generally speaking, ", "In many cases, ",
                "It may be worth considering that "}, 0.3, "I apologize for any confusion. ", 0.08, 0.6, 0.5,
            new String[] {"This is crucial for long-term success.", "This ensures clarity and alignment across stakeholders.",
                "By doing so, you can navigate this landscape with confidence.",
                "This holistic approach fosters a seamless experience for everyone involved."},
            new String[][] {{"leverage", "utilize"}, {"assist"}, {"ensure"}, {"crucial", "pivotal"},
                {"Additionally", "Furthermore"}, {"enhance", "optimize"}, {"showcase"}, {"comprehensive", "robust"},
                {"seamless", "streamlined"}, {"embark on"}})),
    HUMAN(new Bank(
            new String[] {"Ok, so:", "Quick version:", "Right,"}, 0.2,
            new String[] {"Thanks!", "Cheers.", "Hope that works.", "Shout if not."}, 0.35,
            new String[] {"I think ", "Probably "}, 0.08, "", 0.0, 0.02, 0.0,
            new String[] {"Easy enough.", "That's it really.", "Worth a shot."},
            new String[][] {{"use", "try"}, {"sort it out"}, {"double-check"}, {"big"}, {"Plus"}, {"speed up"},
                {"show"}, {"good", "handy"}, {"quick"}, {"kick off"}})),
    LITE(new Bank(
            new String[] {"Draft:", "Answer:"}, 0.3,
            new String[] {}, 0.0,
            new String[] {}, 0.0, "", 0.0, 0.05, 0.0,
            new String[] {"Done."},
            new String[][] {{"use"}, {"help"}, {"check"}, {"main"}, {"Also"}, {"improve"}, {"show"}, {"good"},
                {"fast"}, {"start"}}));

    /** The phrase banks and rates of one voice. */
    record Bank(String[] openers, double openerRate, String[] closers, double closerRate, String[] hedges,
            double hedgeRate, String apology, double apologyRate, double listRate, double headingRate,
            String[] fillers, String[][] words) {
    }

    private final Bank bank;

    Voice(Bank bank) {
        this.bank = bank;
    }

    Bank bank() {
        return bank;
    }
}
