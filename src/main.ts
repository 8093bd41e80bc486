/** The app's entry: starts the engine worker, opens the shared database and mounts the shell. */
import { mount } from 'svelte';
import App from './ui/shell/App.svelte';
import './ui/styles/theme.css';
import './ui/styles/base.css';

mount(App, { target: document.getElementById('app')! });
