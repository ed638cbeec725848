/**
 * A minimal CSL style of our own that title-cases titles, as the Chicago
 * styles do (text-case="title"): the test that the verbatim words survive a
 * style that changes case. Not a published style.
 */
export const TITLE_CASE_STYLE = `<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0" default-locale="en-US">
  <info><title>Title case (test)</title><id>title-case-test</id><updated>2026-12-01T00:00:00+00:00</updated></info>
  <citation><layout><text variable="title"/></layout></citation>
  <bibliography>
    <layout suffix=".">
      <group delimiter=". ">
        <names variable="author"/>
        <text variable="title" text-case="title"/>
        <text variable="container-title" text-case="title"/>
        <text variable="URL"/>
      </group>
    </layout>
  </bibliography>
</style>`;
