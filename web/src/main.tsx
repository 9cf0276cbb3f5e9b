import Privacy from "./routes/Privacy";
import CoveringTracks from "./routes/CoveringTracks";
import { render } from "solid-js/web";
import { Route, Router } from "@solidjs/router";
import "./styles.css";
import Layout from "./components/Layout";
import Landing from "./routes/Landing";
import About from "./routes/About";
import Welcome from "./routes/Welcome";
import SignIn from "./routes/SignIn";
import Threads from "./routes/Threads";
import NewThread from "./routes/NewThread";
import ThreadPage from "./routes/Thread";
import MyPosts from "./routes/MyPosts";
import Help from "./routes/Help";
import WhatHappens from "./routes/WhatHappens";
import NotFound from "./routes/NotFound";
import { lazy } from "solid-js";

// The staff area is its own chunk: forum users never download it.
const StaffApp = lazy(() => import("./staff/StaffApp"));

const root = document.getElementById("root");
if (!root) throw new Error("Harbour: #root is missing from index.html");

render(
  () => (
    <Router root={Layout}>
      <Route path="/staff/*rest" component={StaffApp} />
      <Route path="/" component={Landing} />
      <Route path="/about" component={About} />
      <Route path="/welcome" component={Welcome} />
      <Route path="/sign-in" component={SignIn} />
      <Route path="/threads" component={Threads} />
      <Route path="/threads/new" component={NewThread} />
      <Route path="/threads/:id" component={ThreadPage} />
      <Route path="/my-posts" component={MyPosts} />
      <Route path="/help" component={Help} />
      <Route path="/what-happens" component={WhatHappens} />
      <Route path="/privacy" component={Privacy} />
      <Route path="/covering-tracks" component={CoveringTracks} />
      <Route path="*404" component={NotFound} />
    </Router>
  ),
  root,
);
