package org.enhancedpractice.content.workplace;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The workplace activity types a learner logs, each with plain-language guidance and the prompts of its form. The
 * reflective account uses a structured reflection cycle (describe, feelings, evaluation, analysis, conclusion, action
 * plan), put in the tool's own words.
 */
public enum ActivityType {
    SUPERVISED_CLINICAL_PRACTICE("supervised-clinical-practice", "Supervised clinical practice",
            "Clinical work at enhanced level with a named supervisor who observes or reviews it and gives feedback.",
            List.of("What did you do, and what was your role?", "Who supervised you, and what feedback did they give?",
                    "What did you learn, and what will you do differently?")),
    REFLECTIVE_ACCOUNT("reflective-account", "Reflective account",
            "A structured reflection on an event or piece of practice that changed how you think or work.",
            List.of("What happened? Describe it briefly, without anything that could identify a patient.",
                    "What were you thinking and feeling at the time?",
                    "What went well, and what did not?",
                    "Why do you think it went that way? What does the evidence or guidance say?",
                    "What else could you have done?",
                    "What will you do next time, and how will you know it has worked?")),
    CASE_BASED_DISCUSSION("case-based-discussion", "Case-based discussion",
            "A structured discussion of a case you managed, with a senior colleague who asks about your reasoning.",
            List.of("What was the case about (in general terms)?", "Which decisions did you discuss, and why?",
                    "What did your assessor or colleague say?", "What learning will you take into practice?")),
    WORKSHOP_STUDY_DAY("workshop-study-day", "Workshop or study day",
            "Taught sessions, simulation or study days relevant to your apprenticeship.",
            List.of("What was the session and who ran it?", "What were the main things you learned?",
                    "How will you use them in your practice?")),
    TEACHING_SUPERVISING("teaching-supervising", "Teaching or supervising others",
            "Teaching, supervising or assessing colleagues or students.",
            List.of("Who did you teach or supervise, and what about?", "How did you plan and deliver it?",
                    "What feedback did you get, and what would you change?")),
    JOURNAL_CLUB_RESEARCH("journal-club-research", "Journal club or research activity",
            "Appraising research, audit, service evaluation or research activity.",
            List.of("Which paper, audit or project was it?", "What did you find when you appraised it?",
                    "What does it mean for practice or your service?")),
    QI_MILESTONE("qi-milestone", "Quality improvement project milestone",
            "A step in your quality improvement project, the basis of your end-point assessment proposal.",
            List.of("Which milestone did you reach (problem, aim, measures, change ideas, tests, results)?",
                    "What did you do and who was involved?", "What did the data or feedback show?",
                    "What is the next step?"));

    private final String id;
    private final String title;
    private final String guidance;
    private final List<String> prompts;

    ActivityType(String id, String title, String guidance, List<String> prompts) {
        this.id = id;
        this.title = title;
        this.guidance = guidance;
        this.prompts = prompts;
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public String guidance() {
        return guidance;
    }

    public List<String> prompts() {
        return prompts;
    }

    public static Optional<ActivityType> byId(String id) {
        return Arrays.stream(values()).filter(t -> t.id.equals(id)).findFirst();
    }
}
