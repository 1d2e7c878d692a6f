package dev.concord.api.store;

/** Where a batch job is in its life. */
public enum JobState { QUEUED, RUNNING, SUCCEEDED, FAILED }
