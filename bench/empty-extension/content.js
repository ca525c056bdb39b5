// Does nothing on purpose: this extension is the benchmark's floor, what any MV3 content script on the console URLs
// costs a page (an isolated world, the injection) before the Setup Assistant does anything.
