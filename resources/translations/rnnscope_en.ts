<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BpttEquations</name>
    <message>
        <location filename="../../ui/panels/bptt_equations.cpp" line="80"/>
        <source>Forward pass, step t = %1 (of t = 0..%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/bptt_equations.cpp" line="83"/>
        <source>x&lt;sub&gt;t&lt;/sub&gt; is h&lt;sub&gt;t&lt;/sub&gt; of layer %1 = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/bptt_equations.cpp" line="85"/>
        <source>x&lt;sub&gt;t&lt;/sub&gt; is the one-hot vector of &apos;%1&apos; = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/bptt_equations.cpp" line="87"/>
        <source>x&lt;sub&gt;t&lt;/sub&gt; is the embedding of &apos;%1&apos; (row %2 of the embedding matrix) = %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/bptt_equations.cpp" line="94"/>
        <source>y&lt;sub&gt;t&lt;/sub&gt; = W&lt;sub&gt;hy&lt;/sub&gt; h&lt;sub&gt;t&lt;/sub&gt; + b&lt;sub&gt;y&lt;/sub&gt; = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/bptt_equations.cpp" line="95"/>
        <source>p&lt;sub&gt;t&lt;/sub&gt; = softmax(y&lt;sub&gt;t&lt;/sub&gt;); the next character is &apos;%1&apos;, p&lt;sub&gt;t&lt;/sub&gt;(&apos;%1&apos;) = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/bptt_equations.cpp" line="97"/>
        <source>&lt;b&gt;L&lt;sub&gt;t&lt;/sub&gt; = &amp;minus;log p&lt;sub&gt;t&lt;/sub&gt;(&apos;%1&apos;) = %2&lt;/b&gt; nats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/bptt_equations.cpp" line="111"/>
        <source>a&lt;sub&gt;t&lt;/sub&gt; = (W&lt;sub&gt;xh&lt;/sub&gt; x&lt;sub&gt;t&lt;/sub&gt; + b&lt;sub&gt;xh&lt;/sub&gt;) + (W&lt;sub&gt;hh&lt;/sub&gt; %1 + b&lt;sub&gt;hh&lt;/sub&gt;) = %2 + %3 = %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/bptt_equations.cpp" line="115"/>
        <source>&lt;b&gt;h&lt;sub&gt;t&lt;/sub&gt; = tanh(a&lt;sub&gt;t&lt;/sub&gt;) = %1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/bptt_equations.cpp" line="116"/>
        <source>&lt;b&gt;h&lt;sub&gt;t&lt;/sub&gt; = max(0, a&lt;sub&gt;t&lt;/sub&gt;) = %1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/bptt_equations.cpp" line="119"/>
        <source>gates from W&lt;sub&gt;xh&lt;/sub&gt; x&lt;sub&gt;t&lt;/sub&gt; + W&lt;sub&gt;hh&lt;/sub&gt; %1 + b, in blocks of %2 rows (i, f, g, o):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/bptt_equations.cpp" line="122"/>
        <source>i&lt;sub&gt;t&lt;/sub&gt; = &amp;sigma;(&amp;middot;) = %1, f&lt;sub&gt;t&lt;/sub&gt; = &amp;sigma;(&amp;middot;) = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/bptt_equations.cpp" line="124"/>
        <source>g&lt;sub&gt;t&lt;/sub&gt; = tanh(&amp;middot;) = %1, o&lt;sub&gt;t&lt;/sub&gt; = &amp;sigma;(&amp;middot;) = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/bptt_equations.cpp" line="126"/>
        <source>&lt;b&gt;c&lt;sub&gt;t&lt;/sub&gt; = f&lt;sub&gt;t&lt;/sub&gt; ⊙ c&lt;sub&gt;t&amp;minus;1&lt;/sub&gt; + i&lt;sub&gt;t&lt;/sub&gt; ⊙ g&lt;sub&gt;t&lt;/sub&gt; = %1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/bptt_equations.cpp" line="128"/>
        <source>&lt;b&gt;h&lt;sub&gt;t&lt;/sub&gt; = o&lt;sub&gt;t&lt;/sub&gt; ⊙ tanh(c&lt;sub&gt;t&lt;/sub&gt;) = %1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/bptt_equations.cpp" line="131"/>
        <source>r&lt;sub&gt;t&lt;/sub&gt; = &amp;sigma;(&amp;middot;) = %1, z&lt;sub&gt;t&lt;/sub&gt; = &amp;sigma;(&amp;middot;) = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/bptt_equations.cpp" line="134"/>
        <source>n&lt;sub&gt;t&lt;/sub&gt; = tanh(W&lt;sub&gt;xn&lt;/sub&gt; x&lt;sub&gt;t&lt;/sub&gt; + b + r&lt;sub&gt;t&lt;/sub&gt; ⊙ (W&lt;sub&gt;hn&lt;/sub&gt; %1 + b)) = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/bptt_equations.cpp" line="136"/>
        <source>&lt;b&gt;h&lt;sub&gt;t&lt;/sub&gt; = (1 &amp;minus; z&lt;sub&gt;t&lt;/sub&gt;) ⊙ n&lt;sub&gt;t&lt;/sub&gt; + z&lt;sub&gt;t&lt;/sub&gt; ⊙ %1 = %2&lt;/b&gt; &lt;small&gt;(PyTorch&apos;s form: z near 1 keeps the old state)&lt;/small&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/bptt_equations.cpp" line="140"/>
        <source>n&lt;sub&gt;t&lt;/sub&gt; = tanh(W&lt;sub&gt;xn&lt;/sub&gt; x&lt;sub&gt;t&lt;/sub&gt; + b + W&lt;sub&gt;hn&lt;/sub&gt; (r&lt;sub&gt;t&lt;/sub&gt; ⊙ %1) + b) = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/bptt_equations.cpp" line="142"/>
        <source>&lt;b&gt;h&lt;sub&gt;t&lt;/sub&gt; = (1 &amp;minus; z&lt;sub&gt;t&lt;/sub&gt;) ⊙ %1 + z&lt;sub&gt;t&lt;/sub&gt; ⊙ n&lt;sub&gt;t&lt;/sub&gt; = %2&lt;/b&gt; &lt;small&gt;(the course notes&apos; form: z near 1 takes the new candidate)&lt;/small&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/bptt_equations.cpp" line="168"/>
        <source>Output scores y&lt;sub&gt;t&lt;/sub&gt; so far (bold: the character to predict):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/bptt_equations.cpp" line="189"/>
        <source>Backward pass, step t = %1 (it walks from t = %2 down to 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/bptt_equations.cpp" line="191"/>
        <source>∂L/∂y&lt;sub&gt;t&lt;/sub&gt; = (p&lt;sub&gt;t&lt;/sub&gt; &amp;minus; onehot(&apos;%1&apos;)) / T = %2 &lt;small&gt;(L is the mean of the %3 losses)&lt;/small&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/bptt_equations.cpp" line="200"/>
        <source>It sends J&lt;sub&gt;t&lt;/sub&gt;&lt;sup&gt;T&lt;/sup&gt; ∂L/∂s&lt;sub&gt;t&lt;/sub&gt; back to step %1: %2, with J&lt;sub&gt;t&lt;/sub&gt; = ∂s&lt;sub&gt;t&lt;/sub&gt;/∂s&lt;sub&gt;t&amp;minus;1&lt;/sub&gt; =</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/bptt_equations.cpp" line="211"/>
        <source>W&lt;sub&gt;hy&lt;/sub&gt;&lt;sup&gt;T&lt;/sup&gt; ∂L/∂y&lt;sub&gt;t&lt;/sub&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/bptt_equations.cpp" line="212"/>
        <source>∂L/∂x&lt;sub&gt;t&lt;/sub&gt; of layer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/bptt_equations.cpp" line="215"/>
        <source>&lt;b&gt;∂L/∂h&lt;sub&gt;t&lt;/sub&gt;&lt;/b&gt; = %1 = &lt;b&gt;%2&lt;/b&gt; &lt;small&gt;(the last step: nothing comes back from later steps inside the window)&lt;/small&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/bptt_equations.cpp" line="219"/>
        <source>&lt;b&gt;∂L/∂h&lt;sub&gt;t&lt;/sub&gt;&lt;/b&gt; = %1 + J&lt;sub&gt;t+1&lt;/sub&gt;&lt;sup&gt;T&lt;/sup&gt; ∂L/∂s&lt;sub&gt;t+1&lt;/sub&gt; = %2 + %3 = &lt;b&gt;%4&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/bptt_equations.cpp" line="222"/>
        <source>&lt;b&gt;∂L/∂c&lt;sub&gt;t&lt;/sub&gt;&lt;/b&gt; = ∂L/∂h&lt;sub&gt;t&lt;/sub&gt; ⊙ o&lt;sub&gt;t&lt;/sub&gt; ⊙ (1 &amp;minus; tanh&lt;sup&gt;2&lt;/sup&gt; c&lt;sub&gt;t&lt;/sub&gt;) + f&lt;sub&gt;t+1&lt;/sub&gt; ⊙ ∂L/∂c&lt;sub&gt;t+1&lt;/sub&gt; = %1 + %2 = &lt;b&gt;%3&lt;/b&gt; &lt;small&gt;(the second term crosses a step multiplied only by f: no W&lt;sub&gt;hh&lt;/sub&gt;, no squashing)&lt;/small&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/bptt_equations.cpp" line="233"/>
        <source>∂L/∂a&lt;sub&gt;t&lt;/sub&gt; = ∂L/∂h&lt;sub&gt;t&lt;/sub&gt; ⊙ (1 &amp;minus; h&lt;sub&gt;t&lt;/sub&gt;&lt;sup&gt;2&lt;/sup&gt;) = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/bptt_equations.cpp" line="234"/>
        <source>∂L/∂a&lt;sub&gt;t&lt;/sub&gt; = ∂L/∂h&lt;sub&gt;t&lt;/sub&gt; ⊙ [a&lt;sub&gt;t&lt;/sub&gt; &amp;gt; 0] = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/bptt_equations.cpp" line="235"/>
        <source>∂L/∂a&lt;sub&gt;t&lt;/sub&gt; of the gates (each gate&apos;s share of ∂L/∂h&lt;sub&gt;t&lt;/sub&gt;%1, times the slope of its activation) = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/bptt_equations.cpp" line="237"/>
        <source> and ∂L/∂c&lt;sub&gt;t&lt;/sub&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/bptt_equations.cpp" line="243"/>
        <source>&lt;b&gt;∂L/∂W&lt;sub&gt;hh&lt;/sub&gt; += ∂L/∂a&lt;sub&gt;t&lt;/sub&gt; %1&lt;sup&gt;T&lt;/sup&gt;&lt;/b&gt;: this step adds ‖term‖ = %2; the sum over steps %3..%4 has ‖&amp;middot;‖ = %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/bptt_equations.cpp" line="251"/>
        <source>this term:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/bptt_equations.cpp" line="251"/>
        <source>sum so far:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/bptt_equations.cpp" line="254"/>
        <source>∂L/∂W&lt;sub&gt;xh&lt;/sub&gt; += ∂L/∂a&lt;sub&gt;t&lt;/sub&gt; x&lt;sub&gt;t&lt;/sub&gt;&lt;sup&gt;T&lt;/sup&gt; (one-hot: only the column of &apos;%1&apos; changes): ‖term‖ = %2, sum so far ‖&amp;middot;‖ = %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/bptt_equations.cpp" line="257"/>
        <source>∂L/∂W&lt;sub&gt;xh&lt;/sub&gt; += ∂L/∂a&lt;sub&gt;t&lt;/sub&gt; x&lt;sub&gt;t&lt;/sub&gt;&lt;sup&gt;T&lt;/sup&gt;: ‖term‖ = %1, sum so far ‖&amp;middot;‖ = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/bptt_equations.cpp" line="261"/>
        <source>∂L/∂W&lt;sub&gt;hy&lt;/sub&gt; += ∂L/∂y&lt;sub&gt;t&lt;/sub&gt; h&lt;sub&gt;t&lt;/sub&gt;&lt;sup&gt;T&lt;/sup&gt;: ‖term‖ = %1, sum so far ‖&amp;middot;‖ = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/bptt_equations.cpp" line="270"/>
        <source>The cut at the window&apos;s start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/bptt_equations.cpp" line="271"/>
        <source>Step 0 sends J&lt;sub&gt;0&lt;/sub&gt;&lt;sup&gt;T&lt;/sup&gt; ∂L/∂s&lt;sub&gt;0&lt;/sub&gt; toward h&lt;sub&gt;&amp;minus;1&lt;/sub&gt;, the state carried over from the previous window: ∂L/∂h&lt;sub&gt;&amp;minus;1&lt;/sub&gt; = %1 (‖&amp;middot;‖ = %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/bptt_equations.cpp" line="275"/>
        <source>and ∂L/∂c&lt;sub&gt;&amp;minus;1&lt;/sub&gt; = f&lt;sub&gt;0&lt;/sub&gt; ⊙ ∂L/∂c&lt;sub&gt;0&lt;/sub&gt; = %1 (‖&amp;middot;‖ = %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/bptt_equations.cpp" line="277"/>
        <source>&lt;b&gt;Truncated BPTT drops this gradient.&lt;/b&gt; The previous window&apos;s graph is gone, so h&lt;sub&gt;&amp;minus;1&lt;/sub&gt; is treated as a constant: its &lt;i&gt;value&lt;/i&gt; was carried across (forward), its gradient is not (backward).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/bptt_equations.cpp" line="279"/>
        <source>The pass is complete: ∂L/∂W&lt;sub&gt;hh&lt;/sub&gt; = &amp;Sigma;&lt;sub&gt;t&lt;/sub&gt; ∂L/∂a&lt;sub&gt;t&lt;/sub&gt; h&lt;sub&gt;t&amp;minus;1&lt;/sub&gt;&lt;sup&gt;T&lt;/sup&gt; over the %1 steps, ‖&amp;middot;‖ = %2, the same gradient the model&apos;s own backward pass computes for this window.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CellsPanel</name>
    <message>
        <location filename="../../ui/panels/cells_panel.cpp" line="54"/>
        <source>inside a quotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/cells_panel.cpp" line="55"/>
        <source>position in the line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/cells_panel.cpp" line="56"/>
        <source>length of the line so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/cells_panel.cpp" line="57"/>
        <source>indentation level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/cells_panel.cpp" line="58"/>
        <source>inside a comment (code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/cells_panel.cpp" line="59"/>
        <source>bracket depth (code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/cells_panel.cpp" line="60"/>
        <source>inside a string literal (code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/cells_panel.cpp" line="61"/>
        <source>inside an if (…) condition (code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/cells_panel.cpp" line="63"/>
        <source>matches /%1/</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lesson</name>
    <message>
        <location filename="../../ui/lesson_strings.cpp" line="13"/>
        <source>Cells that count indentation in code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lesson_strings.cpp" line="14"/>
        <source>An LSTM learns to write indented C-like code. To predict how many spaces start the next line, the network has to remember how deep inside braces it is, so some cells end up tracking the indentation depth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lesson_strings.cpp" line="39"/>
        <source>In the Gradient flow view, choose the layer with the Layer box (1 is the bottom, 3 the top) and watch the right-hand chart. At step 50, and still at step 200, 20 steps back the top layer keeps less than 1e-8 of the last position&apos;s loss gradient, while the bottom layer keeps more than 1e-5: over ten thousand times the top layer&apos;s share. The left-hand chart, the whole window&apos;s loss, shows that the bottom layer is not starved either: by step 200 its gradient, averaged over the window, is larger than the top layer&apos;s. The 200 steps take less than a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lesson_strings.cpp" line="80"/>
        <source>A vanilla tanh RNN whose recurrent matrix W_hh starts orthogonal and scaled so that every singular value is 0.9: its spectral radius ρ and its largest singular value σ_max are both 0.9. It trains with Adam and no gradient clipping. Each step back in time multiplies the gradient by the Jacobian diag(1 − h²) W_hh, whose norm is at most γλ = 1 × σ_max (γ = 1 is the largest slope of tanh), so at the start the gradient keeps at most 0.9^d of its size over d steps; tanh units near ±1 take away far more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lesson_strings.cpp" line="24"/>
        <source>Watch an LSTM learn to write dialogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lesson_strings.cpp" line="8"/>
        <source>One-to-many: captioning pictures of shapes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lesson_strings.cpp" line="9"/>
        <source>Pictures of 16×16 pixels with one to three coloured shapes, and their captions (&quot;a red circle left of a blue square&quot;). A small image encoder (one layer, f = tanh(W x + b)) turns the 768 pixel values into the decoder&apos;s first state; the decoder, an LSTM, writes the caption word by word from &lt;s&gt;, each word fed back as its next input while training, until &lt;/s&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lesson_strings.cpp" line="10"/>
        <source>The predictions view shows held-out pictures with the caption the decoder writes greedily, next to the true one; a caption counts as right only when every word is. By step 2000 (under a minute) at least 90% of held-out captions are exactly right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lesson_strings.cpp" line="11"/>
        <source>The gradient flow view follows the caption&apos;s loss back through the decoder&apos;s steps to its first state, the picture&apos;s features: what the image encoder learns from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lesson_strings.cpp" line="15"/>
        <source>After about 1500 steps (about a minute), look at the Cells tab with the concept &apos;indentation level&apos;: the best-ranked cell rises and falls with the depth of indentation, with |r| above 0.7 on code the model never trained on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lesson_strings.cpp" line="16"/>
        <source>Try the concepts &apos;bracket depth&apos; and &apos;inside a comment&apos; too, and compare the samples: braces open and close in pairs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lesson_strings.cpp" line="18"/>
        <source>Connectivity: how far back one prediction looks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lesson_strings.cpp" line="19"/>
        <source>The default lesson&apos;s LSTM (128 cells, the dialogue text, the same seed) after 1000 steps, and a vanilla RNN trained the same way for comparison. Connectivity, after Distill&apos;s &quot;Memorization in RNNs&quot;, asks of one prediction how much it depends on each character before it: the size of the gradient of that position&apos;s loss with respect to each earlier input vector, ‖∂L_t/∂x_k‖.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lesson_strings.cpp" line="20"/>
        <source>In the Cells view, tick Connectivity on hover and move the pointer over the text: the characters before the one under the pointer darken by how much the prediction made after it depends on them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lesson_strings.cpp" line="21"/>
        <source>Measured over the probe text (the median over positions), the LSTM&apos;s prediction depends on the character 10 back between 1/100 and 1/10 as much as on the character just read, on the one 20 back less than 1/100 as much, and on the one 40 back less than 1/10000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lesson_strings.cpp" line="22"/>
        <source>Now choose Cell: RNN and press Apply: trained the same 1000 steps, the vanilla RNN does not look less far back; 20 characters back it keeps more than the LSTM does. The best-ranked LSTM cell still follows the quotation marks with |r| above 0.7, so what a network remembers is more than how far one prediction&apos;s gradient reaches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lesson_strings.cpp" line="25"/>
        <source>A one-layer LSTM with 128 cells reads a made-up story full of dialogue, one character at a time, and learns to guess the next character. The narrator writes English and the characters speak Vietnamese, so to guess the next letter the network has to remember whether a quotation is open. Press Play and watch it go from random letters to words, names and quotation marks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lesson_strings.cpp" line="26"/>
        <source>The loss curve falls from ln 102 ≈ 4.6 nats per character (pure guessing among the 102 characters of the text) to below 1 within 1000 steps (about 20 seconds).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lesson_strings.cpp" line="27"/>
        <source>Every few seconds the sample on the right gets more readable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lesson_strings.cpp" line="28"/>
        <source>By step 1000, open the Cells tab with the concept &apos;inside a quotation&apos;: the best-ranked cell follows the quotation marks with |r| above 0.7 on text the model never trained on, high inside and low outside or the other way round.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lesson_strings.cpp" line="30"/>
        <source>Truncated BPTT and the length of a dependency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lesson_strings.cpp" line="31"/>
        <source>A generated text of records like &quot;c0381…=c&quot;: a key letter (one of a–h), 22 random digits, an equals sign, and the same key again, so each answer after &apos;=&apos; depends on the character 24 steps earlier. Nothing else in the text tells the answer: a network that does not remember the key can only guess, at ln 8 ≈ 2.08 nats. An LSTM trains on it with truncated BPTT and a window of T = 16 characters: the state is carried from one window to the next, but the gradient is not, so the loss of an answer never sends a gradient back to its key, 24 steps and at least one cut away. The Loss view draws the answers&apos; own validation loss (green) beside the overall one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lesson_strings.cpp" line="32"/>
        <source>The green curve tells the story (the lesson opens at step 3000, trained ahead of time; From scratch in the lesson bar trains it again): after 1500 steps the answers&apos; loss is still above 1.9 nats, near guessing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lesson_strings.cpp" line="33"/>
        <source>Now set the window T to 64 in the model settings and press Apply: from the same start, by step 1500 the answers&apos; loss is below 0.2, the keys are remembered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lesson_strings.cpp" line="34"/>
        <source>Truncation delays rather than forbids: with T = 16, by step 3000 the answers&apos; loss has fallen below 1.75, because the carried state can hold a key that no gradient taught it to store (the key lies in an earlier window), and inside the later window the network learns to keep it and read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lesson_strings.cpp" line="35"/>
        <source>Under BPTT, the Model view shows what the caches of one window cost beside what full BPTT over the whole text would keep. Trained from scratch, the 3000 steps take less than a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lesson_strings.cpp" line="37"/>
        <source>Depth: three stacked layers, and the gradient of each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lesson_strings.cpp" line="38"/>
        <source>A vanilla tanh RNN of three stacked layers, 64 units each, with PyTorch&apos;s default initialisation. Layer 1 reads the embedded characters, layer 2 reads layer 1&apos;s states, layer 3 reads layer 2&apos;s, and only layer 3 feeds the output; each layer has its own W_hh, shared over time. The gradient reaches a layer&apos;s state from two directions: from its own next step (through its W_hh) and from the layer above at the same step (through that layer&apos;s W_ih). So the top layer&apos;s state reaches the last position&apos;s loss along one route, back through its own recurrence, while the bottom layer&apos;s reaches it along many: up into the layers above at any step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lesson_strings.cpp" line="41"/>
        <source>Exploding gradients, then clipping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lesson_strings.cpp" line="42"/>
        <source>A vanilla tanh RNN whose W_hh starts with spectral radius ρ = 2 (PyTorch&apos;s initialisation rescaled; its largest singular value σ_max is about 3.7), trained with plain SGD at learning rate 1 and no gradient clipping. The first gradient is huge, with a norm near 1800: one update of that size throws the weights far away, and from then on the loss surface has steep cliffs that send the gradient up again now and then. The lesson opens comparing: run A is that network, run B the same network from the same first weights on the same data, with the gradient clipped by norm at 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lesson_strings.cpp" line="43"/>
        <source>Press Play and watch the gradient norm in the loss view: run A&apos;s (solid), without clipping, jumps to more than 10 times its running median (to thousands of times it, at its worst), and A&apos;s loss stays above 2 nats per character for 300 steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lesson_strings.cpp" line="44"/>
        <source>Run B (dashed) scales every update back to norm 1: its loss falls below 1.2 nats per character within 300 steps (a few seconds). The settings on the left are B&apos;s: try another threshold, press Apply or Reset (R), and Play.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lesson_strings.cpp" line="60"/>
        <source>A vanilla tanh RNN whose recurrent matrix W_hh starts orthogonal and scaled so that every singular value is 3: each step multiplies the state by 3 before tanh squashes it, so many units sit near ±1, where the slope of tanh is almost 0 and little gradient gets through. Careful initialisation is one remedy (the vanishing lesson starts at 0.9). Layer normalisation (Ba et al. 2016) is another: before they are added, W_hh h and W_xh x are each rescaled to mean 0 and variance 1 over the units (then a learned gain and bias), so the pre-activations stay where tanh has a slope, however large W_hh is. The lesson opens comparing: run A without layer normalisation, run B with it, from the same bad start on the same data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lesson_strings.cpp" line="61"/>
        <source>Press Play and watch the loss: run A&apos;s (solid), without layer norm, is still above 2.8 nats per character after 400 steps (a few seconds).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lesson_strings.cpp" line="62"/>
        <source>Run B (dashed) is the same model with Layer norm ticked (the settings on the left are B&apos;s), from the same bad start: it trains to below 2.0 within 400 steps, less than 70% of A&apos;s loss.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lesson_strings.cpp" line="65"/>
        <source>An LSTM with each gate block of W_hh scaled to spectral radius 0.9, no clipping and windows of 100 characters, on the same text as the vanishing-gradient lesson. Its forget-gate bias starts at 3, so every forget gate starts near σ(3) ≈ 0.95. The cell state is updated by c&apos; = f*c + i*g: along c, going back one step multiplies the gradient by the forget gate f alone, so where f stays near 1 the gradient flows back with little loss. The lesson opens comparing: run A is the LSTM, run B a vanilla tanh RNN of the same size (W_hh orthogonal, scaled to 0.9) on the same text and data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lesson_strings.cpp" line="66"/>
        <source>In the gradient flow view, the right-hand chart shows ‖∂L_T/∂c_k‖, the last loss&apos;s gradient through the cell state, beside ‖∂L_T/∂h_k‖, and the highway&apos;s own figure ‖∏ f_t‖, the largest product of forget gates over d steps (dashed: the median cell). In the first 50 steps: over 50 steps back ‖∏ f_t‖ stays above 0.1; measured against its value at the last position, the gradient through c keeps at least 10 times more than the gradient through h, and at least 10^6 times more than run B&apos;s gradient through h (dashed), the vanilla RNN&apos;s, at the same step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lesson_strings.cpp" line="46"/>
        <source>The gradient-flow toy: 0.9, 1.0 and 1.1 over 50 steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lesson_strings.cpp" line="47"/>
        <source>The course&apos;s simulate_gradient_flow toy. Backpropagation through time multiplies the gradient by one Jacobian per step back. Replace that Jacobian by a number f and after 50 steps the gradient is f^50 of its size: 0.9^50 ≈ 0.005, 1.0^50 = 1, 1.1^50 ≈ 117, a straight line on a log axis. Replace it by a matrix f Q, with Q orthogonal, whose eigenvalues all have modulus f (inside, on or outside the unit circle): the same line exactly, because Q turns a vector without changing its length. A vanilla tanh RNN whose W_hh starts as f Q differs from that matrix only by the tanh slopes, diag(1 − h²), which are at most 1 and can only take away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lesson_strings.cpp" line="48"/>
        <source>In the Gradient flow toy view, move the slider between 0.9, 1.0 and 1.1: the number&apos;s line and the matrix&apos;s dots move together, and the eigenvalues move inside, onto or outside the unit circle. Press Step (N) once: the blue line is this RNN, started from W_hh = 1.00 Q. It falls far below the other two: 50 steps back, less than 1e-5 of the last position&apos;s gradient is left. Set f to 1.1, press &quot;Start the RNN from W_hh = 1.10 Q&quot; and Step once: the matrix alone would grow the gradient 117 times, yet the RNN keeps less than 1e-3 of it. At 0.9, less than 1e-7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lesson_strings.cpp" line="50"/>
        <source>GRU: one gate, two meanings of z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lesson_strings.cpp" line="51"/>
        <source>A GRU learns the dialogue text. It is written in PyTorch&apos;s form (reset_after): r and z are sigmoid gates, the candidate is n_t = tanh(W_xn x_t + b + r_t ⊙ (W_hn h_{t−1} + b)), and h_t = (1 − z_t) ⊙ n_t + z_t ⊙ h_{t−1}, so z_t near 1 keeps the old state. The course notes write h_t = (1 − z_t) ⊙ h_{t−1} + z_t ⊙ n_t, with r applied to h_{t−1} before W_hn: there z_t near 1 takes the new candidate. The same letter has opposite meanings, and weights trained in one form do not work in the other. The lesson&apos;s comparison run trains the notes&apos; form (classic) on the same text from the same seed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lesson_strings.cpp" line="52"/>
        <source>The Model panel&apos;s formula shows the form being trained; choose GRU variant: classic (lecture notes) and press Apply to train the other one. In the gradient flow view, the gated path is the product of whatever keeps the state: ∏ z_t in PyTorch&apos;s form, ∏ (1 − z_t) in the notes&apos; form. Both forms learn alike: within 400 steps (about a minute) each falls below 0.8 nats per character, and neither is more than 15% ahead of the other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lesson_strings.cpp" line="54"/>
        <source>&quot;hello&quot;: the first example, one step at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lesson_strings.cpp" line="55"/>
        <source>The course notes&apos; first example. A vanilla RNN reads the word &quot;hello&quot; one character at a time over the vocabulary {h, e, l, o}: each character enters as a one-hot vector of four numbers (no embedding), the hidden state h_t has 3 units, and the output scores y_t (one per character) say which character should come next: e after h, l after e, l after the first l, o after the second. The two l&apos;s are followed by different characters, so the network has to remember what came before in h_t; the current character alone cannot tell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lesson_strings.cpp" line="56"/>
        <source>Open the Step through BPTT tab and press Step (or the right arrow key): the forward pass fills one column at a time and writes the table of output scores, as in the notes; then the backward pass walks back from t = 3 to t = 0, adding one term per step to ∂L/∂W_hh, and the last stage shows what truncated BPTT cuts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lesson_strings.cpp" line="57"/>
        <source>Press Play: within 300 steps the loss falls below 0.05 nats per character, and the Samples view, which starts from h and always takes the most likely next character (temperature 0), writes hello.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lesson_strings.cpp" line="68"/>
        <source>Many-to-many out of step: an encoder and a decoder reverse a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lesson_strings.cpp" line="69"/>
        <source>Strings of 3 to 8 letters from a to h, and the same letters backwards. An encoder LSTM reads the string; its last state (h and c) is handed over to a decoder LSTM, which starts from &lt;s&gt; and writes the letters one by one, each fed back as its next input while training (teacher forcing), until &lt;/s&gt;. The loss is on the decoder&apos;s outputs only: the encoder learns through the state it hands over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lesson_strings.cpp" line="70"/>
        <source>The gradient flow view lays the encoder&apos;s steps and then the decoder&apos;s on one axis, with the hand-over marked: every gradient the encoder receives crosses that line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lesson_strings.cpp" line="71"/>
        <source>The predictions view shows held-out strings with the decoder&apos;s greedy output; a prediction counts as right only when the whole string is. By step 2000 (under a minute) at least 70% of held-out strings come out exactly reversed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lesson_strings.cpp" line="73"/>
        <source>Many-to-one: sentiment decided far from the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lesson_strings.cpp" line="74"/>
        <source>Short film reviews, in English, whose sentiment one adjective decides (&quot;bad&quot;, &quot;great&quot;, sometimes negated: &quot;not bad&quot;), with exactly 20 neutral words after it. The network reads the whole review and gives one label from its last state: one loss, at the end. Run A is an LSTM, run B a vanilla tanh RNN of the same size, same data and seed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lesson_strings.cpp" line="75"/>
        <source>The gradient flow view shows how much of the one loss reaches each word back through time. The decisive adjective is 20 words before the end. By step 1500 (under a minute for both runs), measured against its size at the last word, the gradient that reaches 20 words back is at least 1000 times larger in the LSTM than in the vanilla RNN (dashed), where less than 10⁻⁴ of it arrives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lesson_strings.cpp" line="76"/>
        <source>The loss view draws the accuracy beside the loss. By step 1500 the LSTM labels at least 95% of held-out reviews correctly; the vanilla RNN, which cannot feel the adjective, stays near chance: at most 60%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lesson_strings.cpp" line="77"/>
        <source>The predictions view shows held-out reviews with the label run A, the LSTM, gives each, right in green and wrong in red; the cells view ranks the LSTM&apos;s cells by how closely they follow the label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lesson_strings.cpp" line="81"/>
        <source>In the gradient flow view, the right-hand chart follows the gradient of the last position&apos;s loss back through the window. In the first 100 steps it shrinks more than a million times over 50 steps back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lesson_strings.cpp" line="82"/>
        <source>Meanwhile Adam grows W_hh: by step 100 its σ_max is above 1, so the dashed bound (γλ)^d rises and allows growth, yet the gradient still fades (tanh units near ±1 have slopes near 0); the bound only says how much can survive at most.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lesson_strings.cpp" line="83"/>
        <source>In the Jacobian view, the product of the Jacobians over d steps lies under (γλ)^d at every d.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lesson_strings.cpp" line="84"/>
        <source>Keep training and the fading slows: by step 600 (a few seconds) the same ratio is above 1e-5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lesson_strings.cpp" line="85"/>
        <source>The heat map below the charts shows the vanishing healing over training.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lesson_strings.cpp" line="59"/>
        <source>Layer normalisation against a bad initialisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lesson_strings.cpp" line="64"/>
        <source>The LSTM cell state as a gradient highway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lesson_strings.cpp" line="79"/>
        <source>Vanishing gradients in a plain RNN</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskChooser</name>
    <message>
        <location filename="../../ui/panels/task_chooser.cpp" line="25"/>
        <source>Next character (language model)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/task_chooser.cpp" line="26"/>
        <source>The network reads a text and predicts each next character: the loss is at every step (many-to-many).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/task_chooser.cpp" line="28"/>
        <source>Sentiment of a review (classify)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/task_chooser.cpp" line="29"/>
        <source>Many-to-one: a film review in, one label out of the last state. One adjective 20 words before the end decides it, so the one loss must reach far back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/task_chooser.cpp" line="31"/>
        <source>Sentiment of a Vietnamese review (classify)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/task_chooser.cpp" line="32"/>
        <source>The same in Vietnamese (&quot;không hay&quot;: not good): one label from the last state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/task_chooser.cpp" line="33"/>
        <source>Tag each character (tag)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/task_chooser.cpp" line="34"/>
        <source>Many-to-many in step: a label for every character read, inside a quotation (q), inside `code` (c), a digit (n) or none (.).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/task_chooser.cpp" line="36"/>
        <source>Reverse a string (seq2seq)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/task_chooser.cpp" line="37"/>
        <source>Many-to-many out of step: an encoder reads the letters, its last state starts a decoder that writes them backwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/task_chooser.cpp" line="39"/>
        <source>Add two numbers (seq2seq)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/task_chooser.cpp" line="40"/>
        <source>&quot;12+35&quot; in, &quot;47&quot; out: the encoder must carry both numbers in its state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/task_chooser.cpp" line="41"/>
        <source>Caption a picture (one-to-many)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/task_chooser.cpp" line="42"/>
        <source>A 16×16 picture of shapes gives the decoder&apos;s first state; the decoder writes its caption word by word.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/task_chooser.cpp" line="44"/>
        <source>Answer a question about a picture (VQA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/task_chooser.cpp" line="45"/>
        <source>The question&apos;s last state and the picture&apos;s features together choose the answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/task_chooser.cpp" line="47"/>
        <source>A task file of your own…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/task_chooser.cpp" line="48"/>
        <source>label&lt;TAB&gt;text (classify), text&lt;TAB&gt;tags (tag) or source&lt;TAB&gt;target (seq2seq), one example per line.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tour</name>
    <message>
        <location filename="../../ui/tour.cpp" line="26"/>
        <source>Training controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tour.cpp" line="27"/>
        <source>Play trains the network without stopping; Step does exactly one update (key N); Slow motion (key M) trains one update at a time and pauses at each of its phases; Reset starts again from new random weights (key R). Speed limits the updates per second, so that learning can be watched slowly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tour.cpp" line="32"/>
        <source>The lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tour.cpp" line="33"/>
        <source>The lesson bar says what to watch; More… has the whole lesson, and the arrows page through it, framing what each page talks about. A lesson that needs long training opens at a step trained ahead of time; the button at the end of the lesson bar starts it from scratch. The Lessons menu has the others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tour.cpp" line="37"/>
        <source>Model and training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tour.cpp" line="38"/>
        <source>Choose the cell (RNN, LSTM or GRU), its size, the initialisation and the optimiser. Settings under a heading that says &quot;press Apply&quot; build a new model and restart training; the optimisation settings change while it trains.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tour.cpp" line="42"/>
        <source>The loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tour.cpp" line="43"/>
        <source>The loss falls as the network learns to predict the next character, in nats per character; the dashed line is ln V, pure guessing among V characters. Below it: the gradient&apos;s norm before and after clipping, and the points training can rewind to (click one, or Ctrl+Z).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tour.cpp" line="47"/>
        <source>Inside training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tour.cpp" line="48"/>
        <source>These tabs show what the course explains: how the gradient fades or grows on its way back through time, the Jacobian&apos;s singular values, the weights&apos; spectra, BPTT one operation at a time, and the 0.9 / 1.0 / 1.1 toy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tour.cpp" line="52"/>
        <source>Cells and samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tour.cpp" line="53"/>
        <source>Cells colours the text by one hidden unit and ranks the units that follow a concept, such as being inside quotation marks; Samples shows what the network writes. Help → Tour of the window shows these pages again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rnnscope</name>
    <message>
        <location filename="../../ui/main_window.cpp" line="1478"/>
        <location filename="../../app/gui_main.cpp" line="440"/>
        <source>cannot write %1: the folder %2 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="1481"/>
        <source>could not take a picture of the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="1484"/>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="1519"/>
        <source>training stopped after %1 of %2 steps: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui_main.cpp" line="137"/>
        <source>--config-patch must be a JSON object, got &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui_main.cpp" line="145"/>
        <source>--config-patch: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui_main.cpp" line="323"/>
        <source>rnnscope: watch a recurrent neural network learn, live, and step through it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui_main.cpp" line="327"/>
        <source>Open lesson NAME (default: default). Lessons: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui_main.cpp" line="329"/>
        <location filename="../../app/gui_main.cpp" line="357"/>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui_main.cpp" line="330"/>
        <source>Train N updates at start, then wait (or take the screenshot).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui_main.cpp" line="331"/>
        <location filename="../../app/gui_main.cpp" line="336"/>
        <location filename="../../app/gui_main.cpp" line="338"/>
        <location filename="../../app/gui_main.cpp" line="342"/>
        <location filename="../../app/gui_main.cpp" line="364"/>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui_main.cpp" line="334"/>
        <source>Open the lesson at step 0, from new random weights, even when it ships a state trained ahead of time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui_main.cpp" line="336"/>
        <source>Open the tour of the window at page N (for screenshots).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui_main.cpp" line="338"/>
        <source>Show page N of the lesson&apos;s text (for screenshots).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui_main.cpp" line="341"/>
        <source>In the Cells view, show the connectivity of the prediction after character N of the probe text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui_main.cpp" line="344"/>
        <source>After the steps, save a picture of the window to FILE (PNG) and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui_main.cpp" line="345"/>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui_main.cpp" line="348"/>
        <source>Train for SECONDS without drawing, then SECONDS with every view drawing; print one JSON line and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui_main.cpp" line="349"/>
        <source>SECONDS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui_main.cpp" line="351"/>
        <source>With --screenshot: the window&apos;s size in pixels (default 1600x1000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui_main.cpp" line="352"/>
        <source>WIDTHxHEIGHT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui_main.cpp" line="355"/>
        <source>With --screenshot: bring panel NAME to the front of its tabs first. Panels: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui_main.cpp" line="359"/>
        <source>With --screenshot and --panel: the picture shows that panel alone, floating at --size (default 900x1000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui_main.cpp" line="362"/>
        <source>With --screenshot: the step-through of BPTT shows stage N of its pass (0 = forward step 0; T forward steps, then T backward steps, then the cut).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui_main.cpp" line="367"/>
        <source>With --screenshot: after the steps, run slow motion and take the picture at PHASE of the next update (forward, loss, backward, clipping or update).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui_main.cpp" line="369"/>
        <source>PHASE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui_main.cpp" line="372"/>
        <source>Draw the curve of the run folder DIR (rnnscope-cli train&apos;s output) beside the live run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui_main.cpp" line="372"/>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui_main.cpp" line="375"/>
        <source>Compare mode: start run B as a copy of the lesson&apos;s run when it opens (as Training → Compare A | B; a lesson with its own run B opens comparing anyway).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui_main.cpp" line="379"/>
        <source>With --screenshot: what the gradient-flow panel&apos;s heat map shows: relative (the last loss over training, the default), total (the total loss over training) or horizon (each loss of the last window).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui_main.cpp" line="381"/>
        <source>VIEW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui_main.cpp" line="384"/>
        <source>Change the lesson&apos;s training settings with a JSON merge patch, e.g. {&quot;model&quot;: {&quot;hidden&quot;: 256}}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui_main.cpp" line="385"/>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui_main.cpp" line="387"/>
        <source>Interface language: en or vi (default: as chosen in the View menu, else the system&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui_main.cpp" line="389"/>
        <source>CODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui_main.cpp" line="398"/>
        <source>unexpected argument &apos;%1&apos; (see --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui_main.cpp" line="405"/>
        <source>--steps must be a whole number from 0 to 10000000, got &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui_main.cpp" line="412"/>
        <source>--ui-benchmark must be a number of seconds above 0 and at most 3600, got &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui_main.cpp" line="417"/>
        <source>--language must be one of %1, got &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui_main.cpp" line="427"/>
        <source>--size must be WIDTHxHEIGHT between 640x480 and 7680x4320, got &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui_main.cpp" line="432"/>
        <source>--screenshot needs a file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui_main.cpp" line="434"/>
        <source>--screenshot and --ui-benchmark cannot be combined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui_main.cpp" line="442"/>
        <source>cannot write %1: permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui_main.cpp" line="471"/>
        <source>--panel-only needs --panel NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui_main.cpp" line="473"/>
        <source>unknown panel &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui_main.cpp" line="484"/>
        <source>--bptt-stage needs a whole number from 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui_main.cpp" line="494"/>
        <source>--heat-view is relative, total or horizon, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui_main.cpp" line="503"/>
        <source>--lesson-page needs a page from 1 to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui_main.cpp" line="509"/>
        <source>--connectivity needs a character position from 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui_main.cpp" line="516"/>
        <source>--tour-page needs a page from 1 to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui_main.cpp" line="523"/>
        <source>run B could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui_main.cpp" line="534"/>
        <source>--slow-motion is forward, loss, backward, clipping or update, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui_main.cpp" line="535"/>
        <source>slow motion did not reach that phase</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rnnscope::ui</name>
    <message>
        <location filename="../../ui/engine_messages.cpp" line="17"/>
        <source>Could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/engine_messages.cpp" line="19"/>
        <source>Training paused at step %1: the loss or the gradient became NaN or infinite, so that update was not kept. Lower the learning rate or turn on gradient clipping, then press Play.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/engine_messages.cpp" line="22"/>
        <source>Load a text first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/engine_messages.cpp" line="23"/>
        <source>Reset: new weights from the same settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/engine_messages.cpp" line="24"/>
        <source>New model built; press Play to train it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/engine_messages.cpp" line="25"/>
        <source>Loaded %1 (%2 characters, %3 distinct).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/engine_messages.cpp" line="26"/>
        <source>Saved the model to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/engine_messages.cpp" line="27"/>
        <source>Loaded the model from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/engine_messages.cpp" line="28"/>
        <source>Not done: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/engine_messages.cpp" line="30"/>
        <source>These settings need about %1 MB to train, more than the %2 MB this machine has free; the last model was kept. Choose a smaller model, batch or window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/engine_messages.cpp" line="34"/>
        <source>Restored the saved session at step %1; press Play to go on training.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/engine_messages.cpp" line="36"/>
        <source>Opened the lesson at step %1, as trained ahead of time; press Play to go on training.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/engine_messages.cpp" line="38"/>
        <source>Saved the run to %1 (config.json, metrics.csv, checkpoint and trainer state; rnnscope-cli train --resume continues it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/engine_messages.cpp" line="41"/>
        <source>Opened the run %1 at step %2; press Play to go on training it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/engine_messages.cpp" line="43"/>
        <source>Pinned the run %1 (%2 steps): its curve is drawn dashed beside the live one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/engine_messages.cpp" line="45"/>
        <source>Opened the %1 task on %2 (%3 training examples, %4 held out); press Play to train it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/engine_messages.cpp" line="48"/>
        <source>Rewound to step %1: weights, optimiser, data position and carried state as they were; press Play to go on with the current settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/engine_messages.cpp" line="52"/>
        <source>Not enough memory for these settings; the last model was kept. Choose a smaller model, batch or window.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rnnscope::ui::BpttPanel</name>
    <message>
        <location filename="../../ui/panels/bptt_panel.cpp" line="31"/>
        <source>&lt;b&gt;Backpropagation through time, one operation at a time.&lt;/b&gt; The network is drawn unrolled over the first steps of the last training window (stream 0): one column per character, the same matrices W&lt;sub&gt;xh&lt;/sub&gt;, W&lt;sub&gt;hh&lt;/sub&gt;, W&lt;sub&gt;hy&lt;/sub&gt; on every column. &lt;b&gt;Step&lt;/b&gt; runs the forward pass one timestep at a time (input, pre-activation a&lt;sub&gt;t&lt;/sub&gt;, state h&lt;sub&gt;t&lt;/sub&gt;, scores y&lt;sub&gt;t&lt;/sub&gt;, softmax, loss L&lt;sub&gt;t&lt;/sub&gt;); then the backward pass walks from the last step to the first: ∂L/∂h&lt;sub&gt;t&lt;/sub&gt; is what comes down from the output plus what comes back from step t+1 through J&lt;sub&gt;t+1&lt;/sub&gt;&lt;sup&gt;T&lt;/sup&gt;, and each step adds one term to ∂L/∂W&lt;sub&gt;hh&lt;/sub&gt;. The last stage shows where truncated BPTT cuts: the state is carried into the next window, its gradient is not.&lt;br&gt;Colours: blue negative, red positive, each kind of vector scaled to its largest entry in this pass; the numbers below are exact. Pause training to walk one pass; while training runs, the numbers follow the newest pass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/bptt_panel.cpp" line="95"/>
        <source>Back to the start of the forward pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/bptt_panel.cpp" line="97"/>
        <source>◀ Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/bptt_panel.cpp" line="97"/>
        <source>One operation back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/bptt_panel.cpp" line="98"/>
        <source>Step ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/bptt_panel.cpp" line="99"/>
        <source>One operation on: the next timestep of the forward pass, then of the backward pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/bptt_panel.cpp" line="101"/>
        <source>To the end: the cut of truncated BPTT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/bptt_panel.cpp" line="106"/>
        <source>Every stage of the pass: forward t = 0..T−1, backward t = T−1..0, then the cut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/bptt_panel.cpp" line="110"/>
        <source>backward, t = 00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/bptt_panel.cpp" line="127"/>
        <source>Steps shown:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/bptt_panel.cpp" line="133"/>
        <source>How many timesteps of the training window are unrolled here (at most the window length). The pass shown is its own short window: its gradients are those of these steps alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/bptt_panel.cpp" line="144"/>
        <source>Step through BPTT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/bptt_panel.cpp" line="173"/>
        <source>forward, t = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/bptt_panel.cpp" line="174"/>
        <source>backward, t = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/bptt_panel.cpp" line="175"/>
        <source>the cut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/bptt_panel.cpp" line="203"/>
        <source>The pass of update &lt;b&gt;%1&lt;/b&gt;: %2 steps of stream 0, loss L = (1/%2) &amp;Sigma; L&lt;sub&gt;t&lt;/sub&gt; = &lt;b&gt;%3&lt;/b&gt; nats</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rnnscope::ui::CellsPanel</name>
    <message>
        <location filename="../../ui/panels/cells_panel.cpp" line="70"/>
        <source>↵ newline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/cells_panel.cpp" line="71"/>
        <source>→ tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/cells_panel.cpp" line="72"/>
        <source>␣ space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/cells_panel.cpp" line="138"/>
        <source>Cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/cells_panel.cpp" line="147"/>
        <source>The &lt;b&gt;probe text&lt;/b&gt; as the model read it, one character at a time. The colour of each character is the value of the chosen cell &lt;i&gt;j&lt;/i&gt; &lt;b&gt;after reading that character&lt;/b&gt;: &lt;i&gt;h&lt;/i&gt;&lt;sub&gt;&lt;i&gt;t&lt;/i&gt;&lt;/sub&gt;[&lt;i&gt;j&lt;/i&gt;] (blue &amp;minus;1, white 0, red +1), the LSTM cell state &lt;i&gt;c&lt;/i&gt;&lt;sub&gt;&lt;i&gt;t&lt;/i&gt;&lt;/sub&gt;[&lt;i&gt;j&lt;/i&gt;] (scaled by its largest |&lt;i&gt;c&lt;/i&gt;|), or a gate in [0, 1] (white = shut, dark = open). Hover over a character for the value and the model&apos;s five best guesses for the next character.&lt;br&gt;&lt;b&gt;Ranking&lt;/b&gt;: every cell is scored by &lt;i&gt;r&lt;/i&gt;, the Pearson correlation of its values with a concept over the text; cells with |&lt;i&gt;r&lt;/i&gt;| near 1 track it (Karpathy, Johnson &amp;amp; Fei-Fei, 2015). Click a row to colour the text by that cell.&lt;br&gt;&lt;b&gt;Gate saturation&lt;/b&gt;: for each gate of each cell, the share of the text where it is almost shut (&amp;lt; 0.1, x) or almost open (&amp;gt; 0.9, y). Dots near the right edge are gates that are nearly always shut; near the top, nearly always open; along the diagonal, switching between the two.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/cells_panel.cpp" line="234"/>
        <source>The cells are ranked against the label once held-out examples are measured: press Play or Step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/cells_panel.cpp" line="236"/>
        <source>This task has no label per example or position to rank cells against; the ranking is for classify and tag tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/cells_panel.cpp" line="242"/>
        <source>each held-out example&apos;s last state (what the head reads)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/cells_panel.cpp" line="243"/>
        <source>every position of the held-out examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/cells_panel.cpp" line="245"/>
        <source>Cells ranked by how closely they follow &lt;b&gt;the label is “%1”&lt;/b&gt; over %2, after %3 updates: Pearson r, and AUC, the chance that the cell is higher on an example of that label than on one of another (0.5: no information; near 1 or 0: the cell tells the label apart). Of all labels, this one has the best-following cell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/cells_panel.cpp" line="258"/>
        <source>Layer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/cells_panel.cpp" line="262"/>
        <source>Which recurrent layer. Layer 1 reads the characters; each layer above reads the hidden states of the one below. (Tensor names count from 0: h_l0 is layer 1.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/cells_panel.cpp" line="265"/>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/cells_panel.cpp" line="270"/>
        <source>&lt;b&gt;h&lt;/b&gt;: the hidden state, what the layer passes on. &lt;b&gt;c&lt;/b&gt;: the LSTM&apos;s cell state, its long-term memory. &lt;b&gt;Gates&lt;/b&gt; (sigmoid, 0 = shut, 1 = open) decide what is written, kept and shown; g and n are tanh candidates in [&amp;minus;1, 1].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/cells_panel.cpp" line="274"/>
        <source>Cell:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/cells_panel.cpp" line="278"/>
        <source>Index j of the cell (0 to H&amp;minus;1). Click a row of the ranking to jump to a cell that follows the concept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/cells_panel.cpp" line="282"/>
        <source>Probe text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/cells_panel.cpp" line="285"/>
        <source>Choose the text the model reads for this view (by default a stretch of the validation text, which it never trained on).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/cells_panel.cpp" line="315"/>
        <source>Run B has no activations yet. Press Play to train; this view fills after the first step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/cells_panel.cpp" line="331"/>
        <source>Connectivity on hover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/cells_panel.cpp" line="403"/>
        <source>its best cells for the same concept. Click a row to colour both texts by that cell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/cells_panel.cpp" line="662"/>
        <source>largest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/cells_panel.cpp" line="667"/>
        <source>Connectivity: how much the prediction after character %1 (%2, the next one is %3) depends on each earlier character, ‖∂L/∂x&lt;sub&gt;k&lt;/sub&gt;‖ relative to the largest, log scale. Weights of step %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/cells_panel.cpp" line="686"/>
        <source>Colour: &lt;b&gt;%1[%2]&lt;/b&gt; (%3) after each character, from %4 to %5 on this text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/cells_panel.cpp" line="953"/>
        <source>the cell you chose, as in A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/cells_panel.cpp" line="958"/>
        <source>B&apos;s own best cell for “%1” (choose a cell to see the same one in both runs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/cells_panel.cpp" line="959"/>
        <source>B has no %1 in layer %2, so its own best cell for “%3”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/cells_panel.cpp" line="965"/>
        <source>the same cell as A (B has no ranking yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/cells_panel.cpp" line="979"/>
        <source>, r = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/cells_panel.cpp" line="995"/>
        <source>A&apos;s best cell for “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/cells_panel.cpp" line="995"/>
        <source>the cell you chose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/cells_panel.cpp" line="329"/>
        <source>A green bar under each character where the chosen concept is true (for yes/no concepts), so you can compare it with the colours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/cells_panel.cpp" line="353"/>
        <source>Concept:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/cells_panel.cpp" line="357"/>
        <source>A property of each position in the text that a reader keeps track of. The ranking lists the cells whose values follow it most closely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/cells_panel.cpp" line="361"/>
        <source>regular expression…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/cells_panel.cpp" line="366"/>
        <source>e.g. [0-9]+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/cells_panel.cpp" line="367"/>
        <source>An ECMAScript regular expression: the concept is 1 on every character inside a match, 0 elsewhere. Press Enter to rank the cells.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/cells_panel.cpp" line="429"/>
        <source>Tensor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/cells_panel.cpp" line="429"/>
        <source>Cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/cells_panel.cpp" line="429"/>
        <source>r</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/cells_panel.cpp" line="429"/>
        <source>AUC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/cells_panel.cpp" line="431"/>
        <source>Which recorded quantity: h_l0 = hidden state of layer 1, c_l0 = its cell state, f_l0 = its forget gate, ... (layers counted from 0, as PyTorch names them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/cells_panel.cpp" line="433"/>
        <source>Index j of the cell within its layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/cells_panel.cpp" line="434"/>
        <source>Pearson correlation of the cell&apos;s values with the concept over the probe text: +1 rises with it, −1 falls with it, 0 unrelated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/cells_panel.cpp" line="436"/>
        <source>For yes/no concepts: the chance that the cell is higher at a random position where the concept holds than at one where it does not (0.5 = no information, 1 or 0 = a perfect detector)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/cells_panel.cpp" line="195"/>
        <location filename="../../ui/panels/cells_panel.cpp" line="889"/>
        <source>Gate saturation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/cells_panel.cpp" line="474"/>
        <source>chosen cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/cells_panel.cpp" line="325"/>
        <source>Underline the concept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/cells_panel.cpp" line="194"/>
        <source>Cells that follow a concept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/cells_panel.cpp" line="450"/>
        <source>A vanilla RNN has no gates: its state is rewritten at every step. Choose an LSTM or GRU in “Model and training” to see gate saturation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/cells_panel.cpp" line="468"/>
        <source>share of the text shut (gate &amp;lt; 0.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/cells_panel.cpp" line="469"/>
        <source>share open (gate &amp;gt; 0.9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/cells_panel.cpp" line="488"/>
        <source>One dot per cell and gate. Click a dot to colour the text by that gate of that cell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/cells_panel.cpp" line="196"/>
        <source>For each gate of each cell: how much of the text it spends almost shut (x) and almost open (y).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/cells_panel.cpp" line="335"/>
        <source>Hover a character: every earlier character is coloured by ‖∂L/∂x&lt;sub&gt;k&lt;/sub&gt;‖, how much the prediction made after the hovered character depends on the input at k (Distill&apos;s connectivity), on a log scale from the most influential character down to four decades below it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/cells_panel.cpp" line="677"/>
        <location filename="../../ui/panels/cells_panel.cpp" line="977"/>
        <source>This model has no %1 in layer %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/cells_panel.cpp" line="703"/>
        <source>0 shut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/cells_panel.cpp" line="703"/>
        <source>1 open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/cells_panel.cpp" line="706"/>
        <source> (max |c|)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/cells_panel.cpp" line="692"/>
        <source> r = &lt;b&gt;%1&lt;/b&gt; with “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/cells_panel.cpp" line="719"/>
        <source>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp;(character %2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/cells_panel.cpp" line="725"/>
        <source>%1[%2] after reading it: &lt;b&gt;%3&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/cells_panel.cpp" line="108"/>
        <source>The model&apos;s guesses for the next character:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/cells_panel.cpp" line="116"/>
        <source>&amp;nbsp;&amp;larr; what came next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/cells_panel.cpp" line="738"/>
        <source>A green bar under each character where the concept holds, to compare with the colours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/cells_panel.cpp" line="740"/>
        <source>Only yes/no concepts (quotation, comment, string, if-condition, regular expressions) can be underlined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/cells_panel.cpp" line="789"/>
        <source>No ranking yet for “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/cells_panel.cpp" line="790"/>
        <source>Cells that best follow “&lt;b&gt;%1&lt;/b&gt;”, strongest |r| first. Click a row to colour the text by that cell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/cells_panel.cpp" line="809"/>
        <source>, layer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/cells_panel.cpp" line="889"/>
        <source>Gate saturation, layer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/cells_panel.cpp" line="914"/>
        <source>Probe text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/cells_panel.cpp" line="916"/>
        <source>The model reads this text from a zero state; the Cells view colours it character by character. Characters the model has never seen are read as spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/cells_panel.cpp" line="925"/>
        <source>Use this text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/cells_panel.cpp" line="926"/>
        <source>Use the validation text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rnnscope::ui::ChartExport</name>
    <message>
        <location filename="../../ui/chart_export.cpp" line="118"/>
        <source>Could not write %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/chart_export.cpp" line="137"/>
        <source>Save text as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/chart_export.cpp" line="137"/>
        <source>Save chart as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/chart_export.cpp" line="138"/>
        <source>Save text as SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/chart_export.cpp" line="138"/>
        <source>Save chart as SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/chart_export.cpp" line="139"/>
        <source>Save text as HTML…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/chart_export.cpp" line="139"/>
        <source>Save data as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/chart_export.cpp" line="140"/>
        <source>Copy text as picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/chart_export.cpp" line="140"/>
        <source>Copy chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/chart_export.cpp" line="159"/>
        <source>SVG size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/chart_export.cpp" line="159"/>
        <source>PNG size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/chart_export.cpp" line="165"/>
        <source> px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/chart_export.cpp" line="170"/>
        <source>Width:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/chart_export.cpp" line="171"/>
        <source>Height:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/chart_export.cpp" line="174"/>
        <source>1× (as on screen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/chart_export.cpp" line="175"/>
        <source>2× (sharp on slides)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/chart_export.cpp" line="177"/>
        <source>Scale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/chart_export.cpp" line="189"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/chart_export.cpp" line="196"/>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/chart_export.cpp" line="202"/>
        <source>SVG pictures (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/chart_export.cpp" line="203"/>
        <source>PNG pictures (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/chart_export.cpp" line="210"/>
        <source>Web pages (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/chart_export.cpp" line="211"/>
        <source>CSV tables (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/chart_export.cpp" line="311"/>
        <source>the PNG encoder failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/chart_export.cpp" line="326"/>
        <source>the SVG writer failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/chart_export.cpp" line="396"/>
        <source>E&amp;xport chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/chart_export.cpp" line="405"/>
        <source>Acts on the chart under the pointer, else on the chart last clicked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rnnscope::ui::Comparison</name>
    <message>
        <location filename="../../ui/comparison.cpp" line="19"/>
        <source>Could not create a temporary folder for run B: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rnnscope::ui::GradientFlowPanel</name>
    <message>
        <location filename="../../ui/panels/gradient_flow_panel.cpp" line="178"/>
        <source>Gradient at each timestep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradient_flow_panel.cpp" line="180"/>
        <location filename="../../ui/panels/gradient_flow_panel.cpp" line="339"/>
        <location filename="../../ui/panels/gradient_flow_panel.cpp" line="345"/>
        <source>timestep k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradient_flow_panel.cpp" line="182"/>
        <location filename="../../ui/panels/gradient_flow_panel.cpp" line="185"/>
        <location filename="../../ui/panels/gradient_flow_panel.cpp" line="554"/>
        <source>‖∂L/∂h_k‖</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradient_flow_panel.cpp" line="186"/>
        <location filename="../../ui/panels/gradient_flow_panel.cpp" line="555"/>
        <source>‖∂L/∂c_k‖</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradient_flow_panel.cpp" line="200"/>
        <source>Last loss vs distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradient_flow_panel.cpp" line="202"/>
        <source>d = T−1−k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradient_flow_panel.cpp" line="204"/>
        <location filename="../../ui/panels/gradient_flow_panel.cpp" line="207"/>
        <location filename="../../ui/panels/gradient_flow_panel.cpp" line="628"/>
        <source>‖∂L_T/∂h_k‖</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradient_flow_panel.cpp" line="250"/>
        <source>horizon of each loss (last window)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradient_flow_panel.cpp" line="339"/>
        <location filename="../../ui/panels/gradient_flow_panel.cpp" line="345"/>
        <source>training step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradient_flow_panel.cpp" line="339"/>
        <source>‖∂L/∂h_k‖ (log scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradient_flow_panel.cpp" line="278"/>
        <source>training step %1, timestep k = %2: ‖∂L/∂h_k‖ = %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradient_flow_panel.cpp" line="354"/>
        <source>&lt;b&gt;Backpropagation through time&lt;/b&gt; carries the gradient from each loss back to earlier states. One step back multiplies it by a Jacobian, for a tanh RNN &amp;part;&lt;i&gt;h&lt;/i&gt;&lt;sub&gt;&lt;i&gt;t&lt;/i&gt;&lt;/sub&gt;/&amp;part;&lt;i&gt;h&lt;/i&gt;&lt;sub&gt;&lt;i&gt;t&lt;/i&gt;&amp;minus;1&lt;/sub&gt; = diag(1 &amp;minus; &lt;i&gt;h&lt;/i&gt;&lt;sub&gt;&lt;i&gt;t&lt;/i&gt;&lt;/sub&gt;&lt;sup&gt;2&lt;/sup&gt;) &lt;i&gt;W&lt;/i&gt;&lt;sub&gt;hh&lt;/sub&gt;. For a &lt;b&gt;vanilla RNN&lt;/b&gt;, over &lt;i&gt;t&lt;/i&gt; &amp;minus; &lt;i&gt;k&lt;/i&gt; steps ‖&amp;prod; Jacobians‖ &amp;le; (&amp;gamma;&amp;lambda;)&lt;sup&gt;&lt;i&gt;t&lt;/i&gt;&amp;minus;&lt;i&gt;k&lt;/i&gt;&lt;/sup&gt;, with &amp;gamma; = max |act&amp;prime;| = 1 (tanh) and &amp;lambda; = &amp;sigma;&lt;sub&gt;max&lt;/sub&gt;(&lt;i&gt;W&lt;/i&gt;&lt;sub&gt;hh&lt;/sub&gt;): when &amp;gamma;&amp;lambda; &amp;lt; 1 a distant signal must vanish. In a stack this bounds the top layer&apos;s gradient only: a lower layer&apos;s gradient also comes back through the layers above.&lt;br&gt;&lt;b&gt;Left:&lt;/b&gt; ‖&amp;part;&lt;i&gt;L&lt;/i&gt;/&amp;part;&lt;i&gt;h&lt;/i&gt;&lt;sub&gt;&lt;i&gt;k&lt;/i&gt;&lt;/sub&gt;‖ at every timestep &lt;i&gt;k&lt;/i&gt; of the last window (&lt;i&gt;L&lt;/i&gt; = the window&apos;s loss, the mean over its &lt;i&gt;B&lt;/i&gt; streams and &lt;i&gt;T&lt;/i&gt; steps; LSTM also the cell state &lt;i&gt;c&lt;/i&gt;). &lt;b&gt;Right:&lt;/b&gt; the gradient of the last position&apos;s loss alone against the distance &lt;i&gt;d&lt;/i&gt; = &lt;i&gt;T&lt;/i&gt;&amp;minus;1&amp;minus;&lt;i&gt;k&lt;/i&gt; (LSTM also ‖&amp;part;&lt;i&gt;L&lt;/i&gt;&lt;sub&gt;&lt;i&gt;T&lt;/i&gt;&lt;/sub&gt;/&amp;part;&lt;i&gt;c&lt;/i&gt;&lt;sub&gt;&lt;i&gt;k&lt;/i&gt;&lt;/sub&gt;‖, the cell-state highway). For a vanilla RNN the dashed line is the bound (&amp;gamma;&amp;lambda;)&lt;sup&gt;&lt;i&gt;d&lt;/i&gt;&lt;/sup&gt; scaled to start at the measured value at &lt;i&gt;d&lt;/i&gt; = 0. An LSTM or GRU is not held to it: its state also travels along a gated path, &amp;part;&lt;i&gt;c&lt;/i&gt;&lt;sub&gt;&lt;i&gt;t&lt;/i&gt;&lt;/sub&gt;/&amp;part;&lt;i&gt;c&lt;/i&gt;&lt;sub&gt;&lt;i&gt;t&lt;/i&gt;&amp;minus;1&lt;/sub&gt; = diag(&lt;i&gt;f&lt;/i&gt;&lt;sub&gt;&lt;i&gt;t&lt;/i&gt;&lt;/sub&gt;) (GRU: diag(&lt;i&gt;z&lt;/i&gt;&lt;sub&gt;&lt;i&gt;t&lt;/i&gt;&lt;/sub&gt;) in PyTorch&apos;s form, diag(1 &amp;minus; &lt;i&gt;z&lt;/i&gt;&lt;sub&gt;&lt;i&gt;t&lt;/i&gt;&lt;/sub&gt;) in the course notes&apos;), untouched by &amp;gamma; = 1/4. That path&apos;s own gain over &lt;i&gt;d&lt;/i&gt; steps is drawn instead, ‖&amp;prod; &lt;i&gt;f&lt;/i&gt;&lt;sub&gt;&lt;i&gt;t&lt;/i&gt;&lt;/sub&gt;‖ for the largest cell and, dashed, the median cell, scaled to start at the gradient of the state it carries.&lt;br&gt;&lt;b&gt;Bottom:&lt;/b&gt; one row per training step. By default the colour is log&lt;sub&gt;10&lt;/sub&gt; of ‖&amp;part;&lt;i&gt;L&lt;/i&gt;&lt;sub&gt;&lt;i&gt;T&lt;/i&gt;&lt;/sub&gt;/&amp;part;&lt;i&gt;h&lt;/i&gt;&lt;sub&gt;&lt;i&gt;k&lt;/i&gt;&lt;/sub&gt;‖ &amp;divide; ‖&amp;part;&lt;i&gt;L&lt;/i&gt;&lt;sub&gt;&lt;i&gt;T&lt;/i&gt;&lt;/sub&gt;/&amp;part;&lt;i&gt;h&lt;/i&gt;&lt;sub&gt;&lt;i&gt;T&lt;/i&gt;&amp;minus;1&lt;/sub&gt;‖, the share of the last loss&apos;s gradient that reaches timestep &lt;i&gt;k&lt;/i&gt;: vanishing shows as a dark left side that appears, or heals, over training. The other view, the total loss&apos;s ‖&amp;part;&lt;i&gt;L&lt;/i&gt;/&amp;part;&lt;i&gt;h&lt;/i&gt;&lt;sub&gt;&lt;i&gt;k&lt;/i&gt;&lt;/sub&gt;‖, stays flat whatever happens, because every timestep gets the gradient of its own nearby losses. The third view, the &lt;b&gt;horizon of each loss&lt;/b&gt;, takes the last window apart: one row per source loss &lt;i&gt;L&lt;/i&gt;&lt;sub&gt;&lt;i&gt;t&lt;/i&gt;&lt;/sub&gt; (the loss at step &lt;i&gt;t&lt;/i&gt; alone), one column per timestep &lt;i&gt;k&lt;/i&gt; &amp;le; &lt;i&gt;t&lt;/i&gt;, coloured by ‖&amp;part;&lt;i&gt;L&lt;/i&gt;&lt;sub&gt;&lt;i&gt;t&lt;/i&gt;&lt;/sub&gt;/&amp;part;&lt;i&gt;h&lt;/i&gt;&lt;sub&gt;&lt;i&gt;k&lt;/i&gt;&lt;/sub&gt;‖, for stream 0 of the batch. Its last row is the right chart&apos;s curve. The gradient of the stream&apos;s total loss is the sum of the rows&apos; &lt;i&gt;vectors&lt;/i&gt;, not of their norms; the left chart shows the same for the mean loss over all streams and steps (1/(B&amp;middot;T) of the sum).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradient_flow_panel.cpp" line="208"/>
        <location filename="../../ui/panels/gradient_flow_panel.cpp" line="629"/>
        <source>‖∂L_T/∂c_k‖</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradient_flow_panel.cpp" line="104"/>
        <source>encoder → decoder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradient_flow_panel.cpp" line="212"/>
        <location filename="../../ui/panels/gradient_flow_panel.cpp" line="626"/>
        <source>(γλ)^d bound (vanilla RNN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradient_flow_panel.cpp" line="243"/>
        <source>Heat map:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradient_flow_panel.cpp" line="248"/>
        <source>last loss, relative to the last position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradient_flow_panel.cpp" line="249"/>
        <source>total loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradient_flow_panel.cpp" line="251"/>
        <source>&lt;b&gt;last loss, relative&lt;/b&gt;: ‖∂L_T/∂h_k‖ ÷ ‖∂L_T/∂h_(T−1)‖, how much of the last position&apos;s gradient reaches timestep k; vanishing shows as a dark left side.&lt;br&gt;&lt;b&gt;total loss&lt;/b&gt;: ‖∂L/∂h_k‖ of the window&apos;s loss (all its losses); every timestep gets its own nearby losses&apos; gradient, so this stays flat even while distant signals vanish.&lt;br&gt;&lt;b&gt;horizon of each loss&lt;/b&gt;: the last window only, one row per source loss L_t and one column per timestep k ≤ t: how far back each loss&apos;s own gradient reaches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradient_flow_panel.cpp" line="279"/>
        <source>training step %1, timestep k = %2: ‖∂L_T/∂h_k‖ ÷ ‖∂L_T/∂h_(T−1)‖ = %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradient_flow_panel.cpp" line="281"/>
        <source>Each row is one training step (oldest at the top), each column a timestep of its window. Dark = the gradient barely reaches that timestep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradient_flow_panel.cpp" line="334"/>
        <source>%1 — run A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradient_flow_panel.cpp" line="336"/>
        <source>rows: each loss of the last window; columns: the timesteps its gradient reaches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradient_flow_panel.cpp" line="338"/>
        <source>‖∂L/∂h_k‖ over training (total loss)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradient_flow_panel.cpp" line="341"/>
        <source>sum of all the window&apos;s losses: flat by design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradient_flow_panel.cpp" line="342"/>
        <source>the whole loss of the batch&apos;s scored outputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradient_flow_panel.cpp" line="344"/>
        <source>Last loss&apos;s gradient relative to the last position, over training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradient_flow_panel.cpp" line="345"/>
        <source>relative to k = T−1 (log scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradient_flow_panel.cpp" line="346"/>
        <source>share of the last loss&apos;s gradient that reaches k: dark = vanished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradient_flow_panel.cpp" line="350"/>
        <source>Gradient flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradient_flow_panel.cpp" line="385"/>
        <source>&lt;br&gt;&lt;b&gt;Sequence to sequence:&lt;/b&gt; one window holds two networks on one time axis. Timesteps 0&amp;ndash;%1 are the &lt;b&gt;encoder&lt;/b&gt; reading the source; from timestep %2 on (the dashed line, &lt;i&gt;encoder &amp;rarr; decoder&lt;/i&gt;) the &lt;b&gt;decoder&lt;/b&gt; writes the output, started from the encoder&apos;s last state. Every loss is the decoder&apos;s, so the encoder&apos;s gradient arrives only through that one hand-over state: a long source must be squeezed into it, and its first words are the farthest from every loss.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradient_flow_panel.cpp" line="619"/>
        <source>&lt;b&gt;A&lt;/b&gt;: %1 &amp;nbsp;·&amp;nbsp; &lt;b&gt;B&lt;/b&gt;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradient_flow_panel.cpp" line="626"/>
        <source>(γλ)^d, not a bound below the top layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradient_flow_panel.cpp" line="644"/>
        <source>%1 &amp;nbsp;·&amp;nbsp; T = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradient_flow_panel.cpp" line="646"/>
        <source> (encoder: timesteps 0–%1, decoder: from %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradient_flow_panel.cpp" line="654"/>
        <source> (not a bound below the top layer: the gradient also comes back through the layers above)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradient_flow_panel.cpp" line="668"/>
        <source> &amp;nbsp;·&amp;nbsp; %1 over %2 steps: &lt;b&gt;%3&lt;/b&gt; (median cell %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradient_flow_panel.cpp" line="680"/>
        <source>no window yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradient_flow_panel.cpp" line="681"/>
        <source>last loss&apos;s gradient ×&lt;b&gt;%1&lt;/b&gt; after %2 steps back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradient_flow_panel.cpp" line="683"/>
        <source>, γλ = &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradient_flow_panel.cpp" line="656"/>
        <source> (&amp;lt; 1: must vanish)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradient_flow_panel.cpp" line="656"/>
        <source> (≥ 1: bound allows growth)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradient_flow_panel.cpp" line="658"/>
        <source> &amp;nbsp;·&amp;nbsp; ρ = %1 ≤ λ = σ_max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradient_flow_panel.cpp" line="661"/>
        <source> &amp;nbsp;·&amp;nbsp; last loss&apos;s gradient ×&lt;b&gt;%1&lt;/b&gt; after %2 steps back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradient_flow_panel.cpp" line="649"/>
        <source> &amp;nbsp;·&amp;nbsp; γλ = %1 × %2 = &lt;b&gt;%3&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rnnscope::ui::GradientHorizonView</name>
    <message>
        <location filename="../../ui/panels/gradient_horizon_view.cpp" line="48"/>
        <source>How far back each loss&apos;s gradient reaches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradient_horizon_view.cpp" line="49"/>
        <location filename="../../ui/panels/gradient_horizon_view.cpp" line="99"/>
        <source>timestep k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradient_horizon_view.cpp" line="49"/>
        <source>source loss L_t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradient_horizon_view.cpp" line="49"/>
        <source>‖∂L_t/∂h_k‖ (log scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradient_horizon_view.cpp" line="51"/>
        <source>Each row is one source loss L_t, the loss of guessing the character after step t; each column is a timestep k. The colour is ‖∂L_t/∂h_k‖, how much of that one loss&apos;s gradient reaches the state h_k. Grey right of the diagonal: a loss never reaches later steps. The last row is the last-loss curve; the gradient of the stream&apos;s summed loss is the sum of the rows&apos; vectors. Hover a row to see its horizon on the text below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradient_horizon_view.cpp" line="57"/>
        <source>L_%1 is scored at step %1: it reaches no later step (k = %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradient_horizon_view.cpp" line="58"/>
        <source>loss L_%1, timestep k = %2 (%3 steps back): ‖∂L_t/∂h_k‖ = %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradient_horizon_view.cpp" line="87"/>
        <source>x_%1, read after L_%2 was scored: its gradient never gets here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradient_horizon_view.cpp" line="88"/>
        <source>x_%1, read at step k = %1: ‖∂L_%2/∂h_%1‖ = %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradient_horizon_view.cpp" line="97"/>
        <source>What the rows add up to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradient_horizon_view.cpp" line="101"/>
        <source>gradient norm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradient_horizon_view.cpp" line="104"/>
        <source>Σ_t ‖∂L_t/∂h_k‖: norms added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradient_horizon_view.cpp" line="106"/>
        <source>‖Σ_t ∂L_t/∂h_k‖: vectors added (total loss)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradient_horizon_view.cpp" line="108"/>
        <source>last row: the last-loss curve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradient_horizon_view.cpp" line="111"/>
        <source>The total loss of a stream is the sum of its losses, so its gradient is the sum of the rows&apos; &lt;i&gt;vectors&lt;/i&gt; ∂L_t/∂h_k. Their norms do not add up: the norm of the sum (blue) is at most the sum of the norms (grey), less where the rows point different ways. The last row is the last loss&apos;s gradient of the chart above. All for stream 0, without the 1/(B·T) of the mean loss.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradient_horizon_view.cpp" line="143"/>
        <source>No horizon yet. It is worked out for windows of up to %1 steps, from the training pass itself, a few times a second while training runs and at once when paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradient_horizon_view.cpp" line="208"/>
        <source>&lt;b&gt;Row t = %1&lt;/b&gt;: L_%1, the loss of guessing ‘%2’ after reading …‘%3’ (underlined). Its gradient stays within 1% of its own step&apos;s for &lt;b&gt;%4&lt;/b&gt; steps back. The text is coloured by ‖∂L_%1/∂h_k‖ with the heat map&apos;s colours; grey: read after the loss, never reached. Hover another row to compare.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rnnscope::ui::GradientToyPanel</name>
    <message>
        <location filename="../../ui/panels/gradient_toy_panel.cpp" line="60"/>
        <source>Backpropagation through time multiplies the gradient by one Jacobian per step back. The course&apos;s toy replaces that Jacobian by something simpler, to see what repeated multiplication does on its own.&lt;br&gt;&lt;b&gt;A number f:&lt;/b&gt; after &lt;i&gt;d&lt;/i&gt; steps the gradient is &lt;i&gt;f&lt;/i&gt;&lt;sup&gt;&lt;i&gt;d&lt;/i&gt;&lt;/sup&gt; of its size, a straight line on a log axis: 0.9&lt;sup&gt;50&lt;/sup&gt; &amp;asymp; 0.005, 1.0&lt;sup&gt;50&lt;/sup&gt; = 1, 1.1&lt;sup&gt;50&lt;/sup&gt; &amp;asymp; 117.&lt;br&gt;&lt;b&gt;A matrix M = f Q&lt;/b&gt;, Q orthogonal (8 &amp;times; 8): Q turns a vector without changing its length, so ‖M&lt;sup&gt;&lt;i&gt;d&lt;/i&gt;&lt;/sup&gt; g‖ = &lt;i&gt;f&lt;/i&gt;&lt;sup&gt;&lt;i&gt;d&lt;/i&gt;&lt;/sup&gt; ‖g‖, the same line. Every eigenvalue of M has modulus &lt;i&gt;f&lt;/i&gt;: inside the unit circle when &lt;i&gt;f&lt;/i&gt; &amp;lt; 1, on it at 1, outside when &lt;i&gt;f&lt;/i&gt; &amp;gt; 1 (the plane below the chart).&lt;br&gt;&lt;b&gt;The RNN:&lt;/b&gt; its Jacobian is diag(1 &amp;minus; &lt;i&gt;h&lt;/i&gt;&lt;sup&gt;2&lt;/sup&gt;) &lt;i&gt;W&lt;/i&gt;&lt;sub&gt;hh&lt;/sub&gt;. Start it from &lt;i&gt;W&lt;/i&gt;&lt;sub&gt;hh&lt;/sub&gt; = f Q and the only difference from the matrix is the tanh slopes 1 &amp;minus; &lt;i&gt;h&lt;/i&gt;&lt;sup&gt;2&lt;/sup&gt; &amp;le; 1, which can only take away: its line, the last position&apos;s loss gradient ‖&amp;part;&lt;i&gt;L&lt;/i&gt;&lt;sub&gt;&lt;i&gt;T&lt;/i&gt;&lt;/sub&gt;/&amp;part;&lt;i&gt;h&lt;/i&gt;&lt;sub&gt;&lt;i&gt;T&lt;/i&gt;&amp;minus;1&amp;minus;&lt;i&gt;d&lt;/i&gt;&lt;/sub&gt;‖ relative to &lt;i&gt;d&lt;/i&gt; = 0, lies at or below the other two, and training moves it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradient_toy_panel.cpp" line="94"/>
        <source>Gradient flow toy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradient_toy_panel.cpp" line="101"/>
        <source>Factor f:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradient_toy_panel.cpp" line="107"/>
        <source>The factor each step back multiplies the gradient by (the number, and the modulus of every eigenvalue of the matrix)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradient_toy_panel.cpp" line="121"/>
        <source>Set f to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradient_toy_panel.cpp" line="125"/>
        <source>Start the RNN from W_hh = f Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradient_toy_panel.cpp" line="127"/>
        <source>New weights with every W_hh block orthogonal and scaled by f (initialiser &quot;orthogonal&quot;, spectral radius f); the same settings otherwise. Press Step once to see the RNN&apos;s line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradient_toy_panel.cpp" line="138"/>
        <source>The gradient, d steps back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradient_toy_panel.cpp" line="140"/>
        <source>steps back d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradient_toy_panel.cpp" line="142"/>
        <source>size relative to d = 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradient_toy_panel.cpp" line="145"/>
        <source>number f^d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradient_toy_panel.cpp" line="146"/>
        <source>matrix (f Q)^d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradient_toy_panel.cpp" line="148"/>
        <source>this network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradient_toy_panel.cpp" line="157"/>
        <source>Eigenvalues of f Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradient_toy_panel.cpp" line="161"/>
        <source>Re</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradient_toy_panel.cpp" line="162"/>
        <source>Im</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradient_toy_panel.cpp" line="170"/>
        <source>unit circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradient_toy_panel.cpp" line="177"/>
        <source>eigenvalues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradient_toy_panel.cpp" line="204"/>
        <source>Start the RNN from W_hh = %1 Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradient_toy_panel.cpp" line="251"/>
        <source>f = &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;The number, after %2 steps back: &lt;b&gt;%3&lt;/b&gt;&lt;br&gt;The matrix f Q: &lt;b&gt;%4&lt;/b&gt;, %5 per step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradient_toy_panel.cpp" line="261"/>
        <source>&lt;br&gt;This network, weights after %1 updates: &lt;b&gt;%2&lt;/b&gt; after %3 steps back, on average &lt;b&gt;%4&lt;/b&gt; per step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradient_toy_panel.cpp" line="272"/>
        <source> (started from W_hh = %1 Q)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradient_toy_panel.cpp" line="276"/>
        <source>&lt;br&gt;%1 ÷ %2 = &lt;b&gt;%3&lt;/b&gt;: the share the tanh slopes let through per step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradient_toy_panel.cpp" line="282"/>
        <source>&lt;br&gt;This network: press Step (N) to see its gradient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradient_toy_panel.cpp" line="285"/>
        <source> (its window has only %1 steps)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rnnscope::ui::JacobianPanel</name>
    <message>
        <location filename="../../ui/panels/jacobian_panel.cpp" line="143"/>
        <source>Timestep t:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/jacobian_panel.cpp" line="149"/>
        <source>The timestep of the last training window whose Jacobian J_t is analysed in the left chart (also marked in the middle chart).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/jacobian_panel.cpp" line="166"/>
        <source>Singular values of J_t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/jacobian_panel.cpp" line="168"/>
        <source>index i (largest first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/jacobian_panel.cpp" line="170"/>
        <source>σ_i (log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/jacobian_panel.cpp" line="184"/>
        <source>σ_max(J_t) across the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/jacobian_panel.cpp" line="188"/>
        <location filename="../../ui/panels/jacobian_panel.cpp" line="206"/>
        <source>σ_max (log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/jacobian_panel.cpp" line="204"/>
        <source>distance d = number of steps multiplied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/jacobian_panel.cpp" line="209"/>
        <location filename="../../ui/panels/jacobian_panel.cpp" line="342"/>
        <source>σ_max of the product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/jacobian_panel.cpp" line="173"/>
        <location filename="../../ui/panels/jacobian_panel.cpp" line="340"/>
        <source>σ_i(J_t)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/jacobian_panel.cpp" line="78"/>
        <source>&lt;i&gt;J&lt;/i&gt;&lt;sub&gt;&lt;i&gt;t&lt;/i&gt;&lt;/sub&gt; = &amp;part;&lt;i&gt;s&lt;/i&gt;&lt;sub&gt;&lt;i&gt;t&lt;/i&gt;&lt;/sub&gt;/&amp;part;&lt;i&gt;s&lt;/i&gt;&lt;sub&gt;&lt;i&gt;t&lt;/i&gt;&amp;minus;1&lt;/sub&gt; is the Jacobian of one step: how a small change of the state before step &lt;i&gt;t&lt;/i&gt; changes the state after it. Its &lt;b&gt;singular values&lt;/b&gt; &amp;sigma;&lt;sub&gt;&lt;i&gt;i&lt;/i&gt;&lt;/sub&gt; are the stretch factors along its principal directions: &amp;sigma; &amp;gt; 1 grows a change (and the gradient flowing back through &lt;i&gt;J&lt;/i&gt;&lt;sub&gt;&lt;i&gt;t&lt;/i&gt;&lt;/sub&gt;&lt;sup&gt;T&lt;/sup&gt;), &amp;sigma; &amp;lt; 1 shrinks it. Over &lt;i&gt;d&lt;/i&gt; steps the gradient is multiplied by the product &lt;i&gt;J&lt;/i&gt;&lt;sub&gt;&lt;i&gt;T&lt;/i&gt;&lt;/sub&gt;&amp;middot;&amp;middot;&amp;middot;&lt;i&gt;J&lt;/i&gt;&lt;sub&gt;&lt;i&gt;T&lt;/i&gt;&amp;minus;&lt;i&gt;d&lt;/i&gt;+1&lt;/sub&gt;. For a &lt;b&gt;vanilla RNN&lt;/b&gt; its &amp;sigma;&lt;sub&gt;max&lt;/sub&gt; &amp;le; &amp;prod; &amp;sigma;&lt;sub&gt;max&lt;/sub&gt;(&lt;i&gt;J&lt;/i&gt;&lt;sub&gt;&lt;i&gt;t&lt;/i&gt;&lt;/sub&gt;) &amp;le; (&amp;gamma;&amp;lambda;)&lt;sup&gt;&lt;i&gt;d&lt;/i&gt;&lt;/sup&gt; (&amp;gamma; = max |act&amp;prime;|, &amp;lambda; = &amp;sigma;&lt;sub&gt;max&lt;/sub&gt;(&lt;i&gt;W&lt;/i&gt;&lt;sub&gt;hh&lt;/sub&gt;)). In a stack, a layer below the top also gets gradient back through the layers above, so there this product does not bound the gradient.&lt;br&gt;For an &lt;b&gt;LSTM&lt;/b&gt; the state is &lt;i&gt;s&lt;/i&gt; = [&lt;i&gt;h&lt;/i&gt;; &lt;i&gt;c&lt;/i&gt;], so &lt;i&gt;J&lt;/i&gt; is 2&lt;i&gt;H&lt;/i&gt; &amp;times; 2&lt;i&gt;H&lt;/i&gt;; its &lt;i&gt;c&lt;/i&gt;&amp;rarr;&lt;i&gt;c&lt;/i&gt; block is diag(&lt;i&gt;f&lt;/i&gt;), the forget gate: with &lt;i&gt;f&lt;/i&gt; &amp;asymp; 1 the cell state is a &amp;ldquo;gradient highway&amp;rdquo; along which the gradient neither vanishes nor explodes. For gated cells (&amp;gamma;&amp;lambda;)&lt;sup&gt;&lt;i&gt;d&lt;/i&gt;&lt;/sup&gt; is no bound; the bottom chart shows the gated path&apos;s own gain instead: ‖&amp;prod; &lt;i&gt;f&lt;/i&gt;&lt;sub&gt;&lt;i&gt;t&lt;/i&gt;&lt;/sub&gt;‖ (LSTM), ‖&amp;prod; &lt;i&gt;z&lt;/i&gt;&lt;sub&gt;&lt;i&gt;t&lt;/i&gt;&lt;/sub&gt;‖ (GRU in PyTorch&apos;s form, &lt;i&gt;h&lt;/i&gt;&amp;prime; = (1 &amp;minus; &lt;i&gt;z&lt;/i&gt;) &lt;i&gt;n&lt;/i&gt; + &lt;i&gt;z&lt;/i&gt; &lt;i&gt;h&lt;/i&gt;) or ‖&amp;prod; (1 &amp;minus; &lt;i&gt;z&lt;/i&gt;&lt;sub&gt;&lt;i&gt;t&lt;/i&gt;&lt;/sub&gt;)‖ (the course notes&apos; form, &lt;i&gt;h&lt;/i&gt;&amp;prime; = (1 &amp;minus; &lt;i&gt;z&lt;/i&gt;) &lt;i&gt;h&lt;/i&gt; + &lt;i&gt;z&lt;/i&gt; &lt;i&gt;h&amp;#771;&lt;/i&gt;), for the largest cell and, dashed, the median cell.&lt;br&gt;The app writes states as column vectors, as CS231n does: &lt;i&gt;J&lt;/i&gt; = diag(1 &amp;minus; &lt;i&gt;h&lt;/i&gt;&lt;sup&gt;2&lt;/sup&gt;) &lt;i&gt;W&lt;/i&gt;&lt;sub&gt;hh&lt;/sub&gt; for a tanh RNN. The UIT slides use row vectors and write diag(1 &amp;minus; &lt;i&gt;h&lt;/i&gt;&lt;sup&gt;2&lt;/sup&gt;) &lt;i&gt;W&lt;/i&gt;&lt;sup&gt;T&lt;/sup&gt;: the same matrix, transposed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/jacobian_panel.cpp" line="176"/>
        <location filename="../../ui/panels/jacobian_panel.cpp" line="193"/>
        <source>σ = 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/jacobian_panel.cpp" line="186"/>
        <source>timestep t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/jacobian_panel.cpp" line="191"/>
        <location filename="../../ui/panels/jacobian_panel.cpp" line="341"/>
        <source>σ_max(J_t)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/jacobian_panel.cpp" line="192"/>
        <source>chosen t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/jacobian_panel.cpp" line="202"/>
        <source>σ_max of the product of the last d Jacobians</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/jacobian_panel.cpp" line="210"/>
        <source>bound (γλ)^d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/jacobian_panel.cpp" line="136"/>
        <location filename="../../ui/panels/jacobian_panel.cpp" line="283"/>
        <source>t = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/jacobian_panel.cpp" line="229"/>
        <source>Jacobian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/jacobian_panel.cpp" line="364"/>
        <source>Singular values of J_t at t = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/jacobian_panel.cpp" line="338"/>
        <source>bound (γλ)^d, γλ = %1 (vanilla RNN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/jacobian_panel.cpp" line="363"/>
        <source>Singular values of J_t at t = %1 (A), %2 (B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/jacobian_panel.cpp" line="420"/>
        <source>&lt;b&gt;A&lt;/b&gt;: %1 &amp;nbsp;·&amp;nbsp; &lt;b&gt;B&lt;/b&gt;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/jacobian_panel.cpp" line="426"/>
        <source>no analysis yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/jacobian_panel.cpp" line="429"/>
        <source>at t = %1 σ_max = &lt;b&gt;%2&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/jacobian_panel.cpp" line="452"/>
        <source> (%1: %2, median cell %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/jacobian_panel.cpp" line="457"/>
        <source> (vanilla RNN bound %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/jacobian_panel.cpp" line="462"/>
        <source>λ = σ_max(W_hh) = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/jacobian_panel.cpp" line="463"/>
        <source> ≥ ρ = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/jacobian_panel.cpp" line="468"/>
        <source>layer %1 of %2: the product does not bound this layer&apos;s gradient, which also comes back through the layers above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/jacobian_panel.cpp" line="442"/>
        <source>At t = %1: σ_max = &lt;b&gt;%2&lt;/b&gt;, %3 of %4 directions grow (σ &amp;gt; 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/jacobian_panel.cpp" line="431"/>
        <location filename="../../ui/panels/jacobian_panel.cpp" line="450"/>
        <source>over d = %1 steps the product&apos;s σ_max is &lt;b&gt;%2&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rnnscope::ui::LossPanel</name>
    <message>
        <location filename="../../ui/panels/loss_panel.cpp" line="170"/>
        <source>Smoothing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/loss_panel.cpp" line="178"/>
        <source>Weight w of the moving average: 0 shows every step as it is, 0.99 averages over about the last hundred steps. It changes only the drawn curve, not training.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/loss_panel.cpp" line="184"/>
        <source>Log scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/loss_panel.cpp" line="187"/>
        <source>A logarithmic loss axis: equal ratios look equal, so late, slow progress stays visible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/loss_panel.cpp" line="188"/>
        <source>Units:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/loss_panel.cpp" line="193"/>
        <location filename="../../ui/panels/loss_panel.cpp" line="383"/>
        <source>nats / char</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/loss_panel.cpp" line="194"/>
        <location filename="../../ui/panels/loss_panel.cpp" line="384"/>
        <source>bits / char</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/loss_panel.cpp" line="196"/>
        <source>Nats use the natural logarithm (what training minimises); bits use log base 2 (bits = nats / ln 2), the usual unit for comparing text compressors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/loss_panel.cpp" line="241"/>
        <location filename="../../ui/panels/loss_panel.cpp" line="342"/>
        <source>training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/loss_panel.cpp" line="242"/>
        <location filename="../../ui/panels/loss_panel.cpp" line="343"/>
        <source>smoothed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/loss_panel.cpp" line="243"/>
        <location filename="../../ui/panels/loss_panel.cpp" line="344"/>
        <source>validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/loss_panel.cpp" line="248"/>
        <location filename="../../ui/panels/loss_panel.cpp" line="345"/>
        <source>answers after =</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/loss_panel.cpp" line="251"/>
        <source>clipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/loss_panel.cpp" line="253"/>
        <source>guessing: ln V</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/loss_panel.cpp" line="256"/>
        <location filename="../../ui/panels/loss_panel.cpp" line="559"/>
        <source>pinned run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/loss_panel.cpp" line="271"/>
        <source>accuracy (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/loss_panel.cpp" line="274"/>
        <location filename="../../ui/panels/loss_panel.cpp" line="346"/>
        <source>batch accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/loss_panel.cpp" line="275"/>
        <location filename="../../ui/panels/loss_panel.cpp" line="347"/>
        <source>held-out accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/loss_panel.cpp" line="294"/>
        <location filename="../../ui/panels/loss_panel.cpp" line="349"/>
        <source>after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/loss_panel.cpp" line="297"/>
        <source>pinned run, after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/loss_panel.cpp" line="352"/>
        <source>Loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/loss_panel.cpp" line="376"/>
        <source>bits/output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/loss_panel.cpp" line="376"/>
        <source>nats/output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/loss_panel.cpp" line="383"/>
        <source>nats / output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/loss_panel.cpp" line="384"/>
        <source>bits / output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/loss_panel.cpp" line="559"/>
        <source>run %1 (pinned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/loss_panel.cpp" line="595"/>
        <source>%1, log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/loss_panel.cpp" line="687"/>
        <source>Step &lt;b&gt;%1&lt;/b&gt; &amp;nbsp;·&amp;nbsp; loss &lt;b&gt;%2&lt;/b&gt; %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/loss_panel.cpp" line="696"/>
        <source> &amp;nbsp;·&amp;nbsp; answers after &apos;=&apos; &lt;b&gt;%1&lt;/b&gt; (guessing among %2 letters: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/loss_panel.cpp" line="706"/>
        <source> &amp;nbsp;·&amp;nbsp; batch accuracy &lt;b&gt;%1 %&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/loss_panel.cpp" line="711"/>
        <source> (held-out &lt;b&gt;%1 %&lt;/b&gt;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/loss_panel.cpp" line="717"/>
        <source> &amp;nbsp;·&amp;nbsp; clipped %1 of the last %2 steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/loss_panel.cpp" line="719"/>
        <source>&lt;b&gt;A&lt;/b&gt;: %1 &amp;nbsp;·&amp;nbsp; &lt;b&gt;B&lt;/b&gt;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/loss_panel.cpp" line="725"/>
        <source>no steps yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/loss_panel.cpp" line="728"/>
        <source>step &lt;b&gt;%1&lt;/b&gt;, loss &lt;b&gt;%2&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/loss_panel.cpp" line="729"/>
        <source>, validation &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/loss_panel.cpp" line="730"/>
        <source>, answers &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/loss_panel.cpp" line="224"/>
        <location filename="../../ui/panels/loss_panel.cpp" line="287"/>
        <source>training step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/loss_panel.cpp" line="113"/>
        <source>&lt;b&gt;Training loss&lt;/b&gt; is the mean cross-entropy of every character the model predicted in the last window: &lt;i&gt;L&lt;/i&gt; = (1/&lt;i&gt;N&lt;/i&gt;) &amp;Sigma;&lt;sub&gt;&lt;i&gt;t&lt;/i&gt;&lt;/sub&gt; &amp;minus;log &lt;i&gt;p&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;&lt;sub&gt;&lt;i&gt;t&lt;/i&gt;+1&lt;/sub&gt;), in nats per character; &lt;b&gt;bits per character&lt;/b&gt; = nats / ln 2. Guessing uniformly among &lt;i&gt;V&lt;/i&gt; characters scores ln &lt;i&gt;V&lt;/i&gt; (dashed line). &lt;b&gt;Validation loss&lt;/b&gt; is measured on text the model never trains on: when it rises while training loss keeps falling, the model memorises.&lt;br&gt;The &lt;b&gt;smoothed&lt;/b&gt; curve is an exponential moving average, &lt;i&gt;s&lt;/i&gt;&lt;sub&gt;&lt;i&gt;t&lt;/i&gt;&lt;/sub&gt; = &lt;i&gt;w&lt;/i&gt;&amp;middot;&lt;i&gt;s&lt;/i&gt;&lt;sub&gt;&lt;i&gt;t&lt;/i&gt;&amp;minus;1&lt;/sub&gt; + (1&amp;minus;&lt;i&gt;w&lt;/i&gt;)&amp;middot;&lt;i&gt;L&lt;/i&gt;&lt;sub&gt;&lt;i&gt;t&lt;/i&gt;&lt;/sub&gt; (as in TensorBoard). &lt;b&gt;Below:&lt;/b&gt; the gradient norm ‖&lt;i&gt;g&lt;/i&gt;‖ before and after clipping; clipping rescales &lt;i&gt;g&lt;/i&gt; &amp;larr; &lt;i&gt;g&lt;/i&gt;&amp;middot;&lt;i&gt;c&lt;/i&gt;/‖&lt;i&gt;g&lt;/i&gt;‖ when ‖&lt;i&gt;g&lt;/i&gt;‖ &amp;gt; &lt;i&gt;c&lt;/i&gt;. Triangles mark the steps where it fired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/loss_panel.cpp" line="123"/>
        <source>&lt;br&gt;A &lt;b&gt;sequence task&lt;/b&gt; (classify, tag, seq2seq, caption, vqa) also draws its &lt;b&gt;accuracy&lt;/b&gt; on the right-hand axis, in percent: of each training batch, measured before the update it caused and smoothed like the loss, and of the &lt;b&gt;held-out&lt;/b&gt; examples the model never trains on. Loss can keep falling while accuracy stands still: the model grows surer of answers it already gets right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/loss_panel.cpp" line="229"/>
        <location filename="../../ui/panels/loss_panel.cpp" line="230"/>
        <source>loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/loss_panel.cpp" line="289"/>
        <source>‖g‖ (log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/loss_panel.cpp" line="293"/>
        <location filename="../../ui/panels/loss_panel.cpp" line="348"/>
        <source>‖g‖ before clipping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/loss_panel.cpp" line="295"/>
        <source>threshold c</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/loss_panel.cpp" line="377"/>
        <source>bits/char</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/loss_panel.cpp" line="377"/>
        <source>nats/char</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/loss_panel.cpp" line="664"/>
        <source>threshold c = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/loss_panel.cpp" line="692"/>
        <source> (smoothed %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/loss_panel.cpp" line="694"/>
        <source> &amp;nbsp;·&amp;nbsp; validation &lt;b&gt;%1&lt;/b&gt; %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rnnscope::ui::MainWindow</name>
    <message>
        <location filename="../../ui/main_window.cpp" line="137"/>
        <source>Reset training?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="138"/>
        <source>Reset and apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="139"/>
        <source>Keep training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="145"/>
        <source>Restore the last session?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="146"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="147"/>
        <source>Start fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="198"/>
        <location filename="../../ui/main_window.cpp" line="1351"/>
        <source>rnnscope — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="270"/>
        <location filename="../../ui/main_window.cpp" line="1003"/>
        <source>&amp;Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="274"/>
        <source>Play / Pause (Space): train continuously, one window of the text per update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="277"/>
        <source>&amp;Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="280"/>
        <source>Step (N): pause and do exactly one update: forward through one window, backpropagate through time, clip, and apply the optimiser; every view refreshes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="288"/>
        <source>Slow &amp;motion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="292"/>
        <source>Slow motion (M): train one update at a time, pausing at each phase (forward, loss, backward through time, clipping, update) in the Slow motion panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="306"/>
        <source>Re&amp;wind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="309"/>
        <source>Rewind (Ctrl+Z): back to the newest point kept before this step (the diamonds under the loss chart), exactly as training was there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="327"/>
        <source>&amp;Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="330"/>
        <source>Reset (R): new random weights, same settings; the curves start over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="337"/>
        <source>&amp;Compare A | B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="341"/>
        <source>Compare (Ctrl+B): start run B as a copy of this run at this step, on the same text with the same data order; change B&apos;s settings in the Model panel and press Play: every chart draws A solid and B dashed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="354"/>
        <source>Open &amp;text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="357"/>
        <source>Train on your own UTF-8 text file (the model starts over)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="360"/>
        <source>Open &amp;checkpoint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="362"/>
        <source>Load weights saved by rnnscope or PyTorch (.safetensors) for the current text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="365"/>
        <source>&amp;Save checkpoint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="368"/>
        <source>Save the current weights as .safetensors (readable by PyTorch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="371"/>
        <source>Open r&amp;un…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="374"/>
        <source>Open a run folder (made by rnnscope-cli train or Save run): continue it here, or pin its curve beside the live run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="377"/>
        <source>Save r&amp;un…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="380"/>
        <source>Save this run as a folder in rnnscope-cli&apos;s layout (config.json, metrics.csv, checkpoint, trainer state): rnnscope-cli train --resume continues it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="383"/>
        <source>Unpin the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="388"/>
        <source>&amp;Restore autosaved session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="390"/>
        <source>Go back to the session saved automatically (every few minutes and on quit): weights, optimiser state, settings and text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="395"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="403"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="416"/>
        <source>&amp;Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="425"/>
        <source>&amp;Lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="441"/>
        <source>About this lesson…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="445"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="452"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="453"/>
        <source>&amp;Tour of the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="454"/>
        <source>About this &amp;lesson…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="455"/>
        <source>&amp;About rnnscope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="456"/>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="460"/>
        <source>Training controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="472"/>
        <source>Speed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="477"/>
        <source>1 step/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="478"/>
        <source>5 steps/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="479"/>
        <source>20 steps/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="480"/>
        <source>As fast as possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="482"/>
        <source>Updates per second while playing. Slow down to watch every update arrive; at full speed the engine trains as fast as the CPU allows and the views refresh up to 30 times a second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="492"/>
        <location filename="../../ui/main_window.cpp" line="1330"/>
        <source>Lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="497"/>
        <source>Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="501"/>
        <source>The lesson&apos;s previous page (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="502"/>
        <source>Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="506"/>
        <source>The lesson&apos;s next page (Alt+Right); a frame shows what it talks about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="508"/>
        <source>More…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="509"/>
        <source>What this lesson sets up and what to watch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="518"/>
        <source>From scratch: new random weights, step 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="525"/>
        <location filename="../../ui/main_window.cpp" line="1260"/>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="530"/>
        <source>Stop comparing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="532"/>
        <source>Close run B; run A trains on alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="538"/>
        <source>&amp;Larger text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="540"/>
        <source>&amp;Smaller text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="543"/>
        <source>&amp;Classroom layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="641"/>
        <location filename="../../ui/main_window.cpp" line="1058"/>
        <source>Loss %1 nats/output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="641"/>
        <location filename="../../ui/main_window.cpp" line="1061"/>
        <source> · held-out accuracy %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="642"/>
        <location filename="../../ui/main_window.cpp" line="1064"/>
        <source>%1 tokens/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="1014"/>
        <source>clip the gradient by norm at 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="1015"/>
        <source>halve the learning rate (η = %1 → %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="1017"/>
        <source>Training stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="1018"/>
        <source>The loss or the gradient of update %1 was not finite (NaN or ∞), so training paused and kept the last good weights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="1024"/>
        <source>Go back to step %1 and train again, perhaps after you %2: exploding gradients are what usually makes the loss overflow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="1028"/>
        <source>Rewind to step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="1030"/>
        <source>Rewind and %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="645"/>
        <location filename="../../ui/main_window.cpp" line="1075"/>
        <source>A: %1 | B: step %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="646"/>
        <location filename="../../ui/main_window.cpp" line="647"/>
        <location filename="../../ui/main_window.cpp" line="1080"/>
        <location filename="../../ui/main_window.cpp" line="1081"/>
        <source>A: %1 | B: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="1084"/>
        <source>Run B: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="1118"/>
        <source>&lt;b&gt;Lesson: %1&lt;/b&gt; (%2/%3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="1135"/>
        <source>From step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="1135"/>
        <source>From scratch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="1137"/>
        <source>From step %1: trained ahead of time, with its loss curve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="1139"/>
        <source>This lesson&apos;s claims need %1 training steps. It opens at that step, trained ahead of time by rnnscope-cli from this same lesson, so there is something to see at once; training goes on live from there. Choose &quot;From scratch&quot; to watch it learn from new random weights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="1208"/>
        <source>This change resets training: the model starts again from new random weights and the curves start over. Continue?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="1238"/>
        <source>This change resets run B: it starts again from new random weights and its curves start over. Continue?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="1260"/>
        <source>Run B could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="1284"/>
        <source>B branched from A at step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="1285"/>
        <source>both from step 0, with the same seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="1289"/>
        <source> B has A&apos;s settings so far: change them in the Model panel (it edits B).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="1290"/>
        <source> B differs in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="1390"/>
        <source>Open a run folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="1393"/>
        <source>Open a run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="1394"/>
        <source>Continue training the run in %1 here, or draw its curve beside the live run?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="1396"/>
        <source>Pin beside the live run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="1397"/>
        <source>Continue it here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="1405"/>
        <source>Save the run into a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="1466"/>
        <source>&lt;h3&gt;rnnscope %1&lt;/h3&gt;&lt;p&gt;A laboratory for recurrent neural networks: watch a small RNN, LSTM or GRU learn to predict the next character of a text, live, and step through it.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Keys:&lt;/b&gt; Space play/pause · N one update · M slow motion · R new weights · F1 about this lesson · Ctrl+ / Ctrl− text size&lt;/p&gt;&lt;p&gt;Checkpoints are .safetensors files with PyTorch&apos;s parameter names, so weights move both ways.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="545"/>
        <source>&amp;Every panel at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="546"/>
        <source>All seven panels side by side, for large screens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="609"/>
        <source>Whether the engine is training now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="611"/>
        <source>Updates done so far; an epoch is one pass over the training text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="613"/>
        <source>Cross-entropy of the last window: the mean of −ln p(next character), in nats per character. Guessing uniformly among V characters gives ln V.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="615"/>
        <source>Characters predicted per second of training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="617"/>
        <source>How often the views redraw, and how long one redraw takes on the UI thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="965"/>
        <source>The %1 view could not draw: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="1003"/>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="635"/>
        <location filename="../../ui/main_window.cpp" line="1052"/>
        <source>● Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="544"/>
        <source>The charts as tabs in the middle, samples and cells as tabs on the right, the settings on the left (in a tab on smaller screens)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="548"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="553"/>
        <source>As the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="575"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="577"/>
        <source>The new language takes effect when rnnscope starts again. Restart now? Training so far is not kept (save a checkpoint first if you need it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="579"/>
        <source>Restart now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="580"/>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="635"/>
        <location filename="../../ui/main_window.cpp" line="1052"/>
        <source>❚❚ Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="637"/>
        <location filename="../../ui/main_window.cpp" line="1055"/>
        <source>Step %1 · epoch %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="638"/>
        <location filename="../../ui/main_window.cpp" line="1059"/>
        <source>Loss %1 nats/char</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="638"/>
        <location filename="../../ui/main_window.cpp" line="1063"/>
        <source> · validation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="639"/>
        <location filename="../../ui/main_window.cpp" line="1065"/>
        <source>%1 chars/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="653"/>
        <location filename="../../ui/main_window.cpp" line="1101"/>
        <source>UI %1 fps · %2 ms/frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="1104"/>
        <source>How often the views redraw, and how long one redraw takes on the UI thread (rendering the snapshot into the panels, then painting).
Last render per panel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="1107"/>
        <source>
  %1: %2 ms + painting %3 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="1124"/>
        <source>&lt;b&gt;Lesson: %1.&lt;/b&gt; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="1286"/>
        <source>&lt;b&gt;Comparing&lt;/b&gt; run A (solid lines; first in Cells and Samples) and run B (dashed; second): the same text and data order; %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="1363"/>
        <source>Open a text to train on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="1364"/>
        <source>Text files (*.txt *.md *.py *.c *.h *.cpp *.js);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="1371"/>
        <source>Open a checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="1372"/>
        <source>Checkpoints (*.safetensors);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="1379"/>
        <source>Save the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="1381"/>
        <source>Checkpoints (*.safetensors)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="1415"/>
        <source>Restore autosaved session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="1415"/>
        <source>No session has been autosaved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="1428"/>
        <source>rnnscope did not close properly last time. Restore the session it saved at step %1 (%2)? Otherwise the lesson starts fresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="1454"/>
        <source>About this lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="1459"/>
        <source>What to look at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="1465"/>
        <source>About rnnscope</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rnnscope::ui::ModelPanel</name>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="93"/>
        <source>built-in dialogue prose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="94"/>
        <source>built-in indented code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="95"/>
        <source>built-in text (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="123"/>
        <source>&lt;b&gt;Vanilla RNN&lt;/b&gt;&lt;br&gt;&lt;i&gt;h&lt;/i&gt;&amp;prime; = %1(&lt;i&gt;W&lt;/i&gt;&lt;sub&gt;ih&lt;/sub&gt; &lt;i&gt;x&lt;/i&gt; + &lt;i&gt;b&lt;/i&gt;&lt;sub&gt;ih&lt;/sub&gt; + &lt;i&gt;W&lt;/i&gt;&lt;sub&gt;hh&lt;/sub&gt; &lt;i&gt;h&lt;/i&gt; + &lt;i&gt;b&lt;/i&gt;&lt;sub&gt;hh&lt;/sub&gt;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="127"/>
        <source>&lt;b&gt;LSTM&lt;/b&gt; (gates i, f, g, o)&lt;br&gt;&lt;i&gt;i&lt;/i&gt;, &lt;i&gt;f&lt;/i&gt;, &lt;i&gt;o&lt;/i&gt; = %1(&amp;hellip;), &lt;i&gt;g&lt;/i&gt; = tanh(&amp;hellip;) of &lt;i&gt;W&lt;/i&gt;&lt;sub&gt;ih&lt;/sub&gt; &lt;i&gt;x&lt;/i&gt; + &lt;i&gt;b&lt;/i&gt;&lt;sub&gt;ih&lt;/sub&gt; + &lt;i&gt;W&lt;/i&gt;&lt;sub&gt;hh&lt;/sub&gt; &lt;i&gt;h&lt;/i&gt; + &lt;i&gt;b&lt;/i&gt;&lt;sub&gt;hh&lt;/sub&gt;&lt;br&gt;&lt;i&gt;c&lt;/i&gt;&amp;prime; = &lt;i&gt;f&lt;/i&gt; &amp;lowast; &lt;i&gt;c&lt;/i&gt; + &lt;i&gt;i&lt;/i&gt; &amp;lowast; &lt;i&gt;g&lt;/i&gt;, &amp;nbsp; &lt;i&gt;h&lt;/i&gt;&amp;prime; = &lt;i&gt;o&lt;/i&gt; &amp;lowast; tanh(&lt;i&gt;c&lt;/i&gt;&amp;prime;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="196"/>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="199"/>
        <source>Forget the edits and show the settings of the model that is training.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="200"/>
        <source>Apply (resets training)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="203"/>
        <source>Build a new model with these settings. The weights start again from random values and the curves start over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="230"/>
        <source>&lt;b&gt;RNN&lt;/b&gt;: one tanh layer; the gradient through time is multiplied by W&lt;sub&gt;hh&lt;/sub&gt; at every step, so it fades or explodes.&lt;br&gt;&lt;b&gt;LSTM&lt;/b&gt;: a cell state updated by addition (c&amp;prime; = f&amp;lowast;c + i&amp;lowast;g) carries information and gradient over long distances.&lt;br&gt;&lt;b&gt;GRU&lt;/b&gt;: like the LSTM with two gates and no separate cell state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="235"/>
        <source>RNN (vanilla)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="236"/>
        <source>LSTM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="237"/>
        <source>GRU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="238"/>
        <source>Cell:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="241"/>
        <source>The squashing function of the vanilla RNN. &lt;b&gt;tanh&lt;/b&gt; keeps h in (&amp;minus;1, 1); &lt;b&gt;relu&lt;/b&gt; is unbounded above, so the state and gradients can blow up without clipping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="247"/>
        <source>Nonlinearity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="257"/>
        <source>reset_after (PyTorch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="258"/>
        <source>classic (lecture notes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="259"/>
        <source>GRU variant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="261"/>
        <source>normalise each layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="263"/>
        <source>Layer normalisation (Ba et al. 2016): W&lt;sub&gt;hh&lt;/sub&gt;h and W&lt;sub&gt;ih&lt;/sub&gt;x are each rescaled to mean 0 and variance 1 over the units (then a learned gain and bias) before they are added, so however large W&lt;sub&gt;hh&lt;/sub&gt; starts, the pre-activations stay in the range where tanh still has a slope. For the vanilla RNN and the LSTM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="267"/>
        <source>Layer norm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="280"/>
        <source>Cells per layer, H: the size of the state h. More cells can remember more, but each step costs about H&amp;sup2; multiplications.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="283"/>
        <source>Hidden size H:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="287"/>
        <source>Stacked recurrent layers (1&amp;ndash;4). Layer 1 reads the characters; each layer above reads the hidden states of the one below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="290"/>
        <source>Layers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="294"/>
        <source>Size E of the learned vector of each character. &lt;b&gt;0 = one-hot&lt;/b&gt;: each character enters as a vector of V zeros with a single 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="297"/>
        <source>0 (one-hot)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="298"/>
        <source>Embedding size E:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="327"/>
        <source>How the weights start.&lt;br&gt;&lt;b&gt;pytorch&lt;/b&gt;: U(&amp;minus;1/&amp;radic;H, 1/&amp;radic;H), PyTorch&apos;s default.&lt;br&gt;&lt;b&gt;xavier&lt;/b&gt;: variance 2/(fan_in + fan_out), keeps signals steady through tanh.&lt;br&gt;&lt;b&gt;he&lt;/b&gt;: variance 2/fan_in, for relu.&lt;br&gt;&lt;b&gt;orthogonal&lt;/b&gt;: W&lt;sub&gt;hh&lt;/sub&gt; with every singular value 1, so at first the state neither shrinks nor grows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="332"/>
        <source>pytorch (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="336"/>
        <source>Scheme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="351"/>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="352"/>
        <source>Spectral radius ρ:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="363"/>
        <source>Starting bias of the LSTM forget gate f. With b = 1, f = &amp;sigma;(1) &amp;asymp; 0.73: the gate starts mostly open, so the cell state and its gradient flow through time from the first step. The lowest setting leaves the scheme&apos;s bias.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="369"/>
        <source>scheme&apos;s own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="370"/>
        <source>Forget-gate bias:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="389"/>
        <source>The update rule. &lt;b&gt;sgd&lt;/b&gt;: p &amp;larr; p &amp;minus; &amp;eta;g. &lt;b&gt;momentum&lt;/b&gt;, &lt;b&gt;nesterov&lt;/b&gt;: a velocity accumulates past gradients. &lt;b&gt;rmsprop&lt;/b&gt;, &lt;b&gt;adagrad&lt;/b&gt;: each parameter&apos;s step is divided by the running size of its gradient. &lt;b&gt;adam&lt;/b&gt;: momentum and rmsprop together, with bias correction.&lt;br&gt;Switching restarts the optimiser&apos;s memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="401"/>
        <source>Optimiser:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="405"/>
        <source>Step size &amp;eta;. Too small: the loss crawls down. Too large: it jumps around or becomes NaN. The arrows step 1, 2, 3, 5, 7 per decade; you can type 3e-4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="408"/>
        <source>Learning rate η:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="412"/>
        <source>&amp;mu; in v &amp;larr; &amp;mu;v + g, p &amp;larr; p &amp;minus; &amp;eta;v. With 0.9 the velocity averages about the last ten gradients, smoothing out their zig-zag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="417"/>
        <source>Momentum μ:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="420"/>
        <source>Adam&apos;s momentum: m &amp;larr; &amp;beta;&lt;sub&gt;1&lt;/sub&gt;m + (1 &amp;minus; &amp;beta;&lt;sub&gt;1&lt;/sub&gt;)g.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="424"/>
        <source>Adam β₁:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="428"/>
        <source>Adam&apos;s average of squared gradients: v &amp;larr; &amp;beta;&lt;sub&gt;2&lt;/sub&gt;v + (1 &amp;minus; &amp;beta;&lt;sub&gt;2&lt;/sub&gt;)g&amp;sup2;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="432"/>
        <source>Adam β₂:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="436"/>
        <source>RMSProp&apos;s smoothing: v &amp;larr; &amp;alpha;v + (1 &amp;minus; &amp;alpha;)g&amp;sup2;, step = &amp;eta;g / (&amp;radic;v + &amp;epsilon;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="440"/>
        <source>RMSProp α:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="444"/>
        <source>Added to &amp;radic;v so the step stays finite where a gradient is nearly zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="446"/>
        <source>ε:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="471"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="472"/>
        <source>by norm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="473"/>
        <source>by value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="474"/>
        <source>Clipping:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="478"/>
        <source>Threshold c: the largest gradient norm (by norm) or component (by value) that passes unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="482"/>
        <source>Threshold c:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="632"/>
        <source>Every knob of the experiment. A sequence task trains: the network reads each example and is scored only where the task asks for an output (the last state for a label, every position for tags, the decoder&apos;s steps for an output sequence); training minimises the mean cross-entropy over those outputs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="636"/>
        <source>Every knob of the experiment. The model reads the text one character at a time and learns to predict the next one; training minimises the mean cross-entropy &lt;i&gt;L&lt;/i&gt; = &amp;minus;(1/&lt;i&gt;N&lt;/i&gt;) &amp;Sigma; log &lt;i&gt;p&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;&lt;sub&gt;&lt;i&gt;t&lt;/i&gt;+1&lt;/sub&gt; | &lt;i&gt;x&lt;/i&gt;&lt;sub&gt;1&lt;/sub&gt;&amp;hellip;&lt;i&gt;x&lt;/i&gt;&lt;sub&gt;&lt;i&gt;t&lt;/i&gt;&lt;/sub&gt;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="639"/>
        <source>&lt;br&gt;&lt;b&gt;Optimisation&lt;/b&gt; settings (learning rate, optimiser, clipping) change training at the next step. &lt;b&gt;Model&lt;/b&gt;, &lt;b&gt;initialisation&lt;/b&gt; and &lt;b&gt;data&lt;/b&gt; settings need a new model: edit them, then press &lt;b&gt;Apply&lt;/b&gt;; training restarts from fresh weights. Hover over any setting to learn what it does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="920"/>
        <source>caches: %1 MB for the whole text (%2 steps per stream)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="921"/>
        <source>caches: %1 MB for a window of T = %2; full BPTT over this text: %3 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="935"/>
        <source>Settings of run:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="940"/>
        <source>B (dashed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="940"/>
        <source>A (solid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="943"/>
        <source>Show and change run B&apos;s settings: what you change here, B alone trains with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="944"/>
        <source>Show and change run A&apos;s settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="117"/>
        <source>Model and training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="136"/>
        <source>&lt;b&gt;GRU, classic&lt;/b&gt; (the lecture notes&apos; form)&lt;br&gt;&lt;i&gt;r&lt;/i&gt; = %1(&lt;i&gt;W&lt;/i&gt;&lt;sub&gt;r&lt;/sub&gt; &lt;i&gt;x&lt;/i&gt; + &lt;i&gt;U&lt;/i&gt;&lt;sub&gt;r&lt;/sub&gt; &lt;i&gt;h&lt;/i&gt; + &lt;i&gt;b&lt;/i&gt;&lt;sub&gt;r&lt;/sub&gt;), &lt;i&gt;z&lt;/i&gt; = %1(&lt;i&gt;W&lt;/i&gt;&lt;sub&gt;z&lt;/sub&gt; &lt;i&gt;x&lt;/i&gt; + &lt;i&gt;U&lt;/i&gt;&lt;sub&gt;z&lt;/sub&gt; &lt;i&gt;h&lt;/i&gt; + &lt;i&gt;b&lt;/i&gt;&lt;sub&gt;z&lt;/sub&gt;)&lt;br&gt;&lt;i&gt;h&amp;#771;&lt;/i&gt; = tanh(&lt;i&gt;W x&lt;/i&gt; + &lt;i&gt;U&lt;/i&gt;(&lt;i&gt;r&lt;/i&gt; &amp;lowast; &lt;i&gt;h&lt;/i&gt;) + &lt;i&gt;b&lt;/i&gt;)&lt;br&gt;&lt;i&gt;h&lt;/i&gt;&amp;prime; = (1 &amp;minus; &lt;i&gt;z&lt;/i&gt;) &amp;lowast; &lt;i&gt;h&lt;/i&gt; + &lt;i&gt;z&lt;/i&gt; &amp;lowast; &lt;i&gt;h&amp;#771;&lt;/i&gt;: &lt;i&gt;z&lt;/i&gt; &amp;asymp; 1 takes the new candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="143"/>
        <source>&lt;b&gt;GRU, reset_after&lt;/b&gt; (PyTorch, cuDNN, Keras)&lt;br&gt;&lt;i&gt;r&lt;/i&gt;, &lt;i&gt;z&lt;/i&gt; = %1(&lt;i&gt;W&lt;/i&gt;&lt;sub&gt;i&lt;/sub&gt; &lt;i&gt;x&lt;/i&gt; + &lt;i&gt;b&lt;/i&gt;&lt;sub&gt;i&lt;/sub&gt; + &lt;i&gt;W&lt;/i&gt;&lt;sub&gt;h&lt;/sub&gt; &lt;i&gt;h&lt;/i&gt; + &lt;i&gt;b&lt;/i&gt;&lt;sub&gt;h&lt;/sub&gt;)&lt;br&gt;&lt;i&gt;n&lt;/i&gt; = tanh(&lt;i&gt;W&lt;/i&gt;&lt;sub&gt;in&lt;/sub&gt; &lt;i&gt;x&lt;/i&gt; + &lt;i&gt;b&lt;/i&gt;&lt;sub&gt;in&lt;/sub&gt; + &lt;i&gt;r&lt;/i&gt; &amp;lowast; (&lt;i&gt;W&lt;/i&gt;&lt;sub&gt;hn&lt;/sub&gt; &lt;i&gt;h&lt;/i&gt; + &lt;i&gt;b&lt;/i&gt;&lt;sub&gt;hn&lt;/sub&gt;))&lt;br&gt;&lt;i&gt;h&lt;/i&gt;&amp;prime; = (1 &amp;minus; &lt;i&gt;z&lt;/i&gt;) &amp;lowast; &lt;i&gt;n&lt;/i&gt; + &lt;i&gt;z&lt;/i&gt; &amp;lowast; &lt;i&gt;h&lt;/i&gt;: &lt;i&gt;z&lt;/i&gt; &amp;asymp; 1 keeps the old state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="226"/>
        <source>Model · press Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="250"/>
        <source>Two ways to write the GRU. &lt;b&gt;reset_after&lt;/b&gt; (PyTorch, cuDNN, Keras): r multiplies W&lt;sub&gt;hn&lt;/sub&gt;h + b&lt;sub&gt;hn&lt;/sub&gt;, and h&amp;prime; = (1 &amp;minus; z) n + z h, so &lt;b&gt;z &amp;asymp; 1 keeps the old state&lt;/b&gt;. &lt;b&gt;classic&lt;/b&gt; (the lecture notes): r multiplies h before U, and h&amp;prime; = (1 &amp;minus; z) h + z h&amp;#771;, so &lt;b&gt;z &amp;asymp; 1 takes the new candidate&lt;/b&gt;: the same letter, opposite meanings. Both learn alike; their weights are not interchangeable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="323"/>
        <source>Initialisation · press Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="340"/>
        <source>Rescale every W&lt;sub&gt;hh&lt;/sub&gt; block to spectral radius &amp;rho; (its largest |eigenvalue|). &amp;rho; says what happens over many steps, but one step can stretch a state by up to &amp;sigma;&lt;sub&gt;max&lt;/sub&gt;, the largest singular value, and &amp;rho; &amp;le; &amp;sigma;&lt;sub&gt;max&lt;/sub&gt;: for a non-normal W&lt;sub&gt;hh&lt;/sub&gt; &amp;rho; &amp;lt; 1 can go with &amp;sigma;&lt;sub&gt;max&lt;/sub&gt; &amp;gt; 1. The vanilla RNN&apos;s bound on the gradient over d steps, (&amp;gamma;&amp;sigma;&lt;sub&gt;max&lt;/sub&gt;)&lt;sup&gt;d&lt;/sup&gt;, uses &amp;sigma;&lt;sub&gt;max&lt;/sub&gt;, not &amp;rho;. With the &lt;b&gt;orthogonal&lt;/b&gt; scheme every singular value of a block equals &amp;rho; after rescaling, so there &amp;rho; = &amp;sigma;&lt;sub&gt;max&lt;/sub&gt;. 0 = off (keep the scheme&apos;s weights).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="355"/>
        <source>Measured on layer 1&apos;s W&lt;sub&gt;hh&lt;/sub&gt; of the model being trained: &amp;rho; = its largest |eigenvalue| (for LSTM and GRU, the largest over the gate blocks), &amp;sigma;&lt;sub&gt;max&lt;/sub&gt; = its largest singular value (of all gate blocks stacked). Always &amp;rho; &amp;le; &amp;sigma;&lt;sub&gt;max&lt;/sub&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="385"/>
        <source>Optimisation · live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="450"/>
        <source>L2 penalty wd: g &amp;larr; g + wd&amp;middot;p pulls every weight towards 0, against memorising. 0 = off. (Called wd here because &amp;lambda; is &amp;sigma;&lt;sub&gt;max&lt;/sub&gt; in the charts.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="454"/>
        <source>Weight decay wd:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="464"/>
        <source>Gradient clipping, the first remedy for exploding gradients.&lt;br&gt;&lt;b&gt;norm&lt;/b&gt;: if &amp;Vert;g&amp;Vert; &amp;gt; c then g &amp;larr; g&amp;middot;c/&amp;Vert;g&amp;Vert; (the direction is kept). &amp;Vert;g&amp;Vert; is the global norm of all gradients together, as in PyTorch&apos;s clip_grad_norm_ and Keras&apos;s global_clipnorm; Keras&apos;s clipnorm instead clips each tensor on its own.&lt;br&gt;&lt;b&gt;value&lt;/b&gt;: every component is clamped to [&amp;minus;c, c].&lt;br&gt;&lt;b&gt;none&lt;/b&gt;: the raw gradient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="501"/>
        <source>Data · press Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="507"/>
        <source>B streams read the text side by side, each from its own place; the loss is averaged over all of them. Larger B: smoother gradients, more work per step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="510"/>
        <source>Batch B:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="514"/>
        <source>T: characters per training window. Truncated BPTT backpropagates only inside a window, so gradients can teach dependencies at most T characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="517"/>
        <source>Window T (seq_len):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="520"/>
        <source>&lt;b&gt;truncated&lt;/b&gt;: the text is cut into windows of T; the last state of a window starts the next, with no gradient across the cut.&lt;br&gt;&lt;b&gt;full&lt;/b&gt;: one window over each whole stream (exact but slow; for short texts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="524"/>
        <source>truncated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="525"/>
        <source>full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="526"/>
        <source>BPTT:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="528"/>
        <source>What backpropagation through time keeps of the forward pass to go back through it: every step&apos;s states and gates, for every stream of the batch. Truncated BPTT keeps one window of T steps; full BPTT the whole text at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="535"/>
        <source>Random seed for the starting weights and the data order: the same seed and settings give the same run, step for step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="538"/>
        <source>Seed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="542"/>
        <source>Share of the text held out from training. The validation loss is measured on it: when it rises while the training loss falls, the model is memorising.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="547"/>
        <source>Validation fraction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="569"/>
        <location filename="../../ui/panels/model_panel.cpp" line="883"/>
        <source>&lt;i&gt;no text loaded&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="570"/>
        <source>Text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="574"/>
        <source>Dialogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="576"/>
        <source>Generated prose with quoted dialogue (builtin:dialogue): look for cells that know whether they are inside a quotation. Loading a text resets training.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="578"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="580"/>
        <source>Generated indented program text (builtin:code): look for cells that track indentation, brackets and comments. Loading a text resets training.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="582"/>
        <source>Open text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="584"/>
        <source>Train on a UTF-8 text file of your own. Loading a text resets training.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="595"/>
        <source>Open a text to train on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="596"/>
        <source>Text files (*.txt *.md *.py *.c *.cpp *.h *.js);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="613"/>
        <source>&lt;br&gt;&lt;i&gt;(not applied yet)&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/panels/model_panel.cpp" line="756"/>
        <source>%n changed setting(s) not applied yet (marked in orange).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="758"/>
        <source>Training them needs about %1 MB (%2 MB free).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="764"/>
        <source>Showing the settings of the model being trained.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="781"/>
        <source>These settings need about %1 MB to train, more than the %2 MB this machine has free. Choose a smaller model, batch or window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="888"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 characters, %3 distinct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="901"/>
        <source>now: ρ = %1, σ_max = %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rnnscope::ui::PredictionsPanel</name>
    <message>
        <location filename="../../ui/panels/predictions_panel.cpp" line="64"/>
        <source>Predictions appear when a sequence task trains: open one from the model panel&apos;s Task chooser or a task lesson.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/predictions_panel.cpp" line="92"/>
        <source>No predictions yet: they come a moment after training starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/predictions_panel.cpp" line="102"/>
        <source>Predictions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/predictions_panel.cpp" line="139"/>
        <source>Classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/predictions_panel.cpp" line="140"/>
        <source>Tagging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/predictions_panel.cpp" line="141"/>
        <source>Sequence to sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/predictions_panel.cpp" line="142"/>
        <source>Captioning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/predictions_panel.cpp" line="143"/>
        <source>Visual question answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/predictions_panel.cpp" line="148"/>
        <source> &amp;nbsp;·&amp;nbsp; held-out accuracy &lt;b&gt;%1 %&lt;/b&gt; after %2 updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/predictions_panel.cpp" line="152"/>
        <source> &amp;nbsp;·&amp;nbsp; held-out accuracy not measured yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/predictions_panel.cpp" line="154"/>
        <source> &amp;nbsp;·&amp;nbsp; predictions of the weights after %1 updates, for %2 of the %3 held-out examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/predictions_panel.cpp" line="166"/>
        <source>the share of examples whose label the model got right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/predictions_panel.cpp" line="167"/>
        <source>the share of tags the model got right, position by position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/predictions_panel.cpp" line="169"/>
        <source>the share of outputs, written greedily word by word, that are exactly right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/predictions_panel.cpp" line="171"/>
        <source>&lt;b&gt;Held-out&lt;/b&gt; examples are set aside before training starts: the model never learns from them, so how well it does on them says how well it generalises, not how well it memorised.&lt;br&gt;&lt;b&gt;Accuracy&lt;/b&gt; here is %1.&lt;br&gt;A row is marked right (✓) only when the whole prediction equals the truth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/predictions_panel.cpp" line="194"/>
        <source>The picture the model saw: 16 × 16 pixels, drawn %1 times larger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/predictions_panel.cpp" line="218"/>
        <source>Right: the prediction equals the truth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/predictions_panel.cpp" line="218"/>
        <source>Wrong: the prediction differs from the truth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/predictions_panel.cpp" line="230"/>
        <source>(true: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/predictions_panel.cpp" line="233"/>
        <source>%1&lt;br&gt;%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/predictions_panel.cpp" line="238"/>
        <source>%1 → %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/predictions_panel.cpp" line="261"/>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/predictions_panel.cpp" line="261"/>
        <source>model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/predictions_panel.cpp" line="261"/>
        <source>truth</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rnnscope::ui::RewindTimeline</name>
    <message>
        <location filename="../../ui/panels/rewind_timeline.cpp" line="70"/>
        <source>Rewind to step %1: weights, optimiser state, data position and carried state as they were (click)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/rewind_timeline.cpp" line="98"/>
        <source>Points training can rewind to: click one to go back there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/rewind_timeline.cpp" line="106"/>
        <source>keep one every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/rewind_timeline.cpp" line="110"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/rewind_timeline.cpp" line="111"/>
        <source> steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/rewind_timeline.cpp" line="112"/>
        <source>How often training keeps a point to rewind to (0: never)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/rewind_timeline.cpp" line="114"/>
        <source>in at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/rewind_timeline.cpp" line="118"/>
        <source> MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/rewind_timeline.cpp" line="119"/>
        <source>The memory the points may use; when it is full the oldest point goes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/rewind_timeline.cpp" line="135"/>
        <source>Points to rewind to: %1 · %2 MB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rnnscope::ui::SamplesPanel</name>
    <message>
        <location filename="../../ui/panels/samples_panel.cpp" line="48"/>
        <source>Samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/samples_panel.cpp" line="57"/>
        <source>Text written by the model. It first reads the &lt;b&gt;prime&lt;/b&gt; (in blue), then draws each next character from its prediction, &lt;i&gt;p&lt;/i&gt;&lt;sub&gt;&lt;i&gt;i&lt;/i&gt;&lt;/sub&gt; &amp;prop; exp(&lt;i&gt;logit&lt;/i&gt;&lt;sub&gt;&lt;i&gt;i&lt;/i&gt;&lt;/sub&gt; / &lt;i&gt;T&lt;/i&gt;), and &lt;b&gt;feeds the character it drew back in as the next input&lt;/b&gt; (one-to-many). The temperature &lt;i&gt;T&lt;/i&gt; trades safety for variety: &lt;i&gt;T&lt;/i&gt; &amp;rarr; 0 always picks the likeliest character (safe, repetitive); &lt;i&gt;T&lt;/i&gt; = 1 samples the model as it is; &lt;i&gt;T&lt;/i&gt; &amp;gt; 1 flattens the distribution (varied, wild).&lt;br&gt;&lt;b&gt;Intervention&lt;/b&gt;: hold one cell at a fixed value at every step while the model writes. If a cell tracks quotations, clamping it can keep a quote open forever.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/samples_panel.cpp" line="93"/>
        <source>Sampling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/samples_panel.cpp" line="99"/>
        <source>Temperature T:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/samples_panel.cpp" line="109"/>
        <source>p&lt;sub&gt;i&lt;/sub&gt; &amp;prop; exp(logit&lt;sub&gt;i&lt;/sub&gt; / T).&lt;br&gt;&lt;b&gt;Low T&lt;/b&gt;: safe and repetitive (0 = always the likeliest character).&lt;br&gt;&lt;b&gt;High T&lt;/b&gt;: varied and wild, with more spelling mistakes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/samples_panel.cpp" line="121"/>
        <source>Prime:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/samples_panel.cpp" line="126"/>
        <source>(empty: start from a newline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/samples_panel.cpp" line="127"/>
        <source>Text the model reads before it starts writing: it sets the state the sample grows from. Press Enter to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/samples_panel.cpp" line="130"/>
        <source>Length:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/samples_panel.cpp" line="139"/>
        <source> chars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/samples_panel.cpp" line="140"/>
        <source>How many characters to generate after the prime.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/samples_panel.cpp" line="142"/>
        <source>Sample now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/samples_panel.cpp" line="145"/>
        <source>Write a new sample with the current weights. While training runs, a new sample also appears every few seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/samples_panel.cpp" line="161"/>
        <source>Intervention: clamp a cell while sampling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/samples_panel.cpp" line="167"/>
        <source>Clamp cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/samples_panel.cpp" line="170"/>
        <source>While sampling, overwrite the chosen cell with a fixed value after every step, then read what the model writes. A causal test: does this cell control a feature of the text?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/samples_panel.cpp" line="172"/>
        <source>layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/samples_panel.cpp" line="177"/>
        <source>The recurrent layer of the cell (1 reads the characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/samples_panel.cpp" line="178"/>
        <source>cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/samples_panel.cpp" line="184"/>
        <source>Index j of the cell. The Cells view&apos;s ranking shows which cells follow a concept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/samples_panel.cpp" line="188"/>
        <source>h (hidden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/samples_panel.cpp" line="189"/>
        <source>c (cell state)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/samples_panel.cpp" line="190"/>
        <source>Hold the hidden state h or the LSTM&apos;s cell state c.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/samples_panel.cpp" line="191"/>
        <source>at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/samples_panel.cpp" line="200"/>
        <source>The value the cell is held at, from −1 to +1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/samples_panel.cpp" line="324"/>
        <source>No sample yet: press Play or Step, or &lt;b&gt;Sample now&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/samples_panel.cpp" line="325"/>
        <source>Written by the weights of step &lt;b&gt;%1&lt;/b&gt; at temperature &lt;b&gt;%2&lt;/b&gt;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/samples_panel.cpp" line="329"/>
        <source> with %1_l%2[%3] held at %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/samples_panel.cpp" line="336"/>
        <source>prime</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rnnscope::ui::SlowMotionPanel</name>
    <message>
        <location filename="../../ui/panels/slow_motion_panel.cpp" line="34"/>
        <source>One training update has five phases. &lt;b&gt;Forward&lt;/b&gt;: the network reads the next window of the text, &lt;i&gt;T&lt;/i&gt; characters in each of &lt;i&gt;B&lt;/i&gt; streams, from the state the last window left. &lt;b&gt;Loss&lt;/b&gt;: at each position it scores the character that comes next, &lt;i&gt;L&lt;/i&gt; = mean of &amp;minus;ln &lt;i&gt;p&lt;/i&gt;. &lt;b&gt;Backward through time&lt;/b&gt;: the gradient of &lt;i&gt;L&lt;/i&gt; flows back from every loss, right to left, and stops at the window&apos;s start (truncated BPTT). &lt;b&gt;Clipping&lt;/b&gt;: a gradient that is too large is cut down to the threshold. &lt;b&gt;Update&lt;/b&gt;: the optimiser moves every weight. Slow motion runs the real loop and pauses at each phase; what it shows is the engine&apos;s pass for that update, computed before the update is applied, and then applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/slow_motion_panel.cpp" line="46"/>
        <location filename="../../ui/panels/slow_motion_panel.cpp" line="115"/>
        <source>Slow motion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/slow_motion_panel.cpp" line="49"/>
        <source>Slow motion (M): train one update at a time, pausing at each of its phases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/slow_motion_panel.cpp" line="51"/>
        <source>Pause per phase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/slow_motion_panel.cpp" line="57"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/slow_motion_panel.cpp" line="59"/>
        <source>How long each phase stays on screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/slow_motion_panel.cpp" line="69"/>
        <source>1 Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/slow_motion_panel.cpp" line="69"/>
        <source>2 Loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/slow_motion_panel.cpp" line="69"/>
        <source>3 Backward through time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/slow_motion_panel.cpp" line="70"/>
        <source>4 Clipping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/slow_motion_panel.cpp" line="70"/>
        <source>5 Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/slow_motion_panel.cpp" line="74"/>
        <source>Open the step-through of this update&apos;s pass at this phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/slow_motion_panel.cpp" line="143"/>
        <source>Press &lt;b&gt;Slow motion&lt;/b&gt; (M) to train one update at a time: each phase of it is shown here, in that update&apos;s numbers, with a pause.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/slow_motion_panel.cpp" line="164"/>
        <source>Showing the pass of update %1. Press &lt;b&gt;Slow motion&lt;/b&gt; (M) to go on training one update at a time, pausing at each phase; click a phase to open the step-through of this pass there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/slow_motion_panel.cpp" line="176"/>
        <source>&lt;b&gt;1 · Forward through the window.&lt;/b&gt; Update %1 reads the next %2 characters of each of the %3 streams, %4 characters in all, starting from the state carried in, h₀: what the window before left behind (truncated BPTT carries it over), or zeros where a pass over the text begins. At every step the same weights make h_t from h_(t−1) and x_t.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/slow_motion_panel.cpp" line="188"/>
        <source>Stream 0 reads “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/slow_motion_panel.cpp" line="194"/>
        <source>&lt;b&gt;2 · Loss.&lt;/b&gt; At each of the %1 positions the model gives the character that comes next a probability p; the loss is L = mean of −ln p = &lt;b&gt;%2&lt;/b&gt; nats per character (guessing evenly among the %3 characters of the alphabet would give ln %3 = %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/slow_motion_panel.cpp" line="203"/>
        <source>&lt;b&gt;3 · Backward through time.&lt;/b&gt; The gradient of L flows from every loss back through the window, right to left, through the same weights: ‖∂L/∂h_k‖ (all streams, top layer; colour: log scale over 4 decades) is %1 at the last step and %2 at the first. At h₀ it stops: truncated BPTT carries the state across windows but not the gradient. The gradient of all the weights together has norm ‖g‖ = &lt;b&gt;%3&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/slow_motion_panel.cpp" line="215"/>
        <source>&lt;b&gt;4 · Clipping&lt;/b&gt; is off: the gradient goes to the optimiser as it is, ‖g‖ = %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/slow_motion_panel.cpp" line="218"/>
        <source>&lt;b&gt;4 · Clipping&lt;/b&gt; by norm at c = %1: ‖g‖ = %2 is above c, so g is scaled by c/‖g‖ = %3 and goes to the optimiser with norm %4 (hatched: what was cut).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/slow_motion_panel.cpp" line="221"/>
        <source>&lt;b&gt;4 · Clipping&lt;/b&gt; by norm at c = %1: ‖g‖ = %2 is not above c, so g is left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/slow_motion_panel.cpp" line="225"/>
        <source>&lt;b&gt;4 · Clipping&lt;/b&gt; by value at c = %1: every entry of g is clamped to [−c, c]; ‖g‖ goes from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/slow_motion_panel.cpp" line="228"/>
        <source>&lt;b&gt;4 · Clipping&lt;/b&gt; by value at c = %1: no entry of g is beyond ±c, so g is left as it is (‖g‖ = %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/slow_motion_panel.cpp" line="235"/>
        <source>&lt;b&gt;5 · Update.&lt;/b&gt; The optimiser, %1, with learning rate η = %2, moved the weights by ‖Δθ‖ = &lt;b&gt;%3&lt;/b&gt;. Update %4 is done: the loss chart has its point, and the next window starts where this one ended.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rnnscope::ui::TaskChooser</name>
    <message>
        <location filename="../../ui/panels/task_chooser.cpp" line="55"/>
        <source>What the network learns · press Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/task_chooser.cpp" line="61"/>
        <source>The shape of the problem: which outputs the network gives and where the loss is. The recurrent cell, its size and the optimiser below apply to every task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/task_chooser.cpp" line="92"/>
        <source>Open a task file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/task_chooser.cpp" line="93"/>
        <source>Tab-separated examples (*.tsv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/task_chooser.cpp" line="94"/>
        <source>classify: label&lt;TAB&gt;text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/task_chooser.cpp" line="94"/>
        <source>tag: text&lt;TAB&gt;tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/task_chooser.cpp" line="94"/>
        <source>seq2seq: source&lt;TAB&gt;target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/task_chooser.cpp" line="96"/>
        <location filename="../../ui/panels/task_chooser.cpp" line="99"/>
        <source>Task file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/task_chooser.cpp" line="96"/>
        <source>What each line holds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/task_chooser.cpp" line="98"/>
        <source>words (split on spaces)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/task_chooser.cpp" line="98"/>
        <source>characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/task_chooser.cpp" line="99"/>
        <source>The tokens the network reads:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/task_chooser.cpp" line="111"/>
        <location filename="../../ui/panels/task_chooser.cpp" line="140"/>
        <source>File: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rnnscope::ui::TensorKind</name>
    <message>
        <location filename="../../ui/panels/tensor_kind_style.cpp" line="27"/>
        <source>h — hidden state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/tensor_kind_style.cpp" line="28"/>
        <source>c — cell state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/tensor_kind_style.cpp" line="29"/>
        <source>i — input gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/tensor_kind_style.cpp" line="30"/>
        <source>i input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/tensor_kind_style.cpp" line="31"/>
        <source>f — forget gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/tensor_kind_style.cpp" line="32"/>
        <source>f forget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/tensor_kind_style.cpp" line="33"/>
        <source>g — candidate (tanh)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/tensor_kind_style.cpp" line="34"/>
        <source>g cand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/tensor_kind_style.cpp" line="35"/>
        <source>o — output gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/tensor_kind_style.cpp" line="36"/>
        <source>o output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/tensor_kind_style.cpp" line="37"/>
        <source>r — reset gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/tensor_kind_style.cpp" line="38"/>
        <source>r reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/tensor_kind_style.cpp" line="39"/>
        <source>z — update gate (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/tensor_kind_style.cpp" line="40"/>
        <source>z update (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/tensor_kind_style.cpp" line="41"/>
        <source>n — candidate (tanh)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/tensor_kind_style.cpp" line="42"/>
        <source>n cand.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rnnscope::ui::TourCard</name>
    <message>
        <location filename="../../ui/tour.cpp" line="84"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tour.cpp" line="89"/>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tour.cpp" line="91"/>
        <source>Close the tour (Esc). Help → Tour of the window opens it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tour.cpp" line="161"/>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tour.cpp" line="163"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tour.cpp" line="163"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rnnscope::ui::TrainingLoopView</name>
    <message>
        <location filename="../../ui/panels/training_loop_view.cpp" line="156"/>
        <source>stream 0 of B = %1 · a window of T = %2 steps</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rnnscope::ui::UnrolledNetworkView</name>
    <message>
        <location filename="../../ui/panels/unrolled_network_view.cpp" line="221"/>
        <source>W_xh, W_hh, W_hy: the same matrices at every step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/unrolled_network_view.cpp" line="237"/>
        <source>truncated BPTT cuts here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/unrolled_network_view.cpp" line="244"/>
        <source>h%1 carried in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/unrolled_network_view.cpp" line="289"/>
        <source>J₀ᵀ, dropped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rnnscope::ui::WeightSpectrumPanel</name>
    <message>
        <location filename="../../ui/panels/weight_spectrum_panel.cpp" line="122"/>
        <source>Re μ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/weight_spectrum_panel.cpp" line="124"/>
        <source>Im μ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/weight_spectrum_panel.cpp" line="86"/>
        <source>&lt;b&gt;Left:&lt;/b&gt; the eigenvalues &amp;mu; of each gate&apos;s &lt;i&gt;H&lt;/i&gt;&amp;times;&lt;i&gt;H&lt;/i&gt; block of the recurrent weights &lt;i&gt;W&lt;/i&gt;&lt;sub&gt;hh&lt;/sub&gt; (LSTM blocks i, f, g, o; GRU r, z, n), on the complex plane. Without the nonlinearity, &lt;i&gt;h&lt;/i&gt;&lt;sub&gt;&lt;i&gt;t&lt;/i&gt;&lt;/sub&gt; = &lt;i&gt;W&lt;/i&gt; &lt;i&gt;h&lt;/i&gt;&lt;sub&gt;&lt;i&gt;t&lt;/i&gt;&amp;minus;1&lt;/sub&gt; multiplies each eigen-direction by &amp;mu; at every step: &lt;b&gt;eigenvalues outside the unit circle&lt;/b&gt; (|&amp;mu;| &amp;gt; 1) are directions that grow step after step, those inside fade away. The spectral radius &amp;rho; = max |&amp;mu;| says what happens over many steps.&lt;br&gt;&lt;b&gt;Right:&lt;/b&gt; the singular values of the whole &lt;i&gt;W&lt;/i&gt;&lt;sub&gt;hh&lt;/sub&gt;, largest first. &amp;lambda; = &amp;sigma;&lt;sub&gt;max&lt;/sub&gt;(&lt;i&gt;W&lt;/i&gt;&lt;sub&gt;hh&lt;/sub&gt;) is the most one step can stretch any state change. Always &amp;rho; &amp;le; &amp;sigma;&lt;sub&gt;max&lt;/sub&gt;, and for a non-normal &lt;i&gt;W&lt;/i&gt;&lt;sub&gt;hh&lt;/sub&gt; &amp;sigma;&lt;sub&gt;max&lt;/sub&gt; can be far larger: &amp;rho; &amp;lt; 1 does not stop one step from stretching the state. For a &lt;b&gt;vanilla RNN&lt;/b&gt;, with &amp;gamma; = max |act&amp;prime;|, &amp;lambda; gives the bound (&amp;gamma;&amp;lambda;)&lt;sup&gt;&lt;i&gt;d&lt;/i&gt;&lt;/sup&gt; on the gradient over &lt;i&gt;d&lt;/i&gt; steps (of the top layer of a stack: a lower layer&apos;s gradient also comes back through the layers above). LSTM and GRU escape it along their gated path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/weight_spectrum_panel.cpp" line="134"/>
        <source>|μ| = 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/weight_spectrum_panel.cpp" line="179"/>
        <source>Singular values of W_hh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/weight_spectrum_panel.cpp" line="181"/>
        <source>index i (largest first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/weight_spectrum_panel.cpp" line="183"/>
        <source>σ_i(W_hh)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/weight_spectrum_panel.cpp" line="188"/>
        <source>σ = 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/weight_spectrum_panel.cpp" line="195"/>
        <location filename="../../ui/panels/weight_spectrum_panel.cpp" line="384"/>
        <source>σ_i</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/weight_spectrum_panel.cpp" line="200"/>
        <source>λ = σ_max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/weight_spectrum_panel.cpp" line="230"/>
        <source>Weight spectrum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/weight_spectrum_panel.cpp" line="343"/>
        <source>&lt;b&gt;A&lt;/b&gt;: %1 &amp;nbsp;·&amp;nbsp; &lt;b&gt;B&lt;/b&gt;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/weight_spectrum_panel.cpp" line="395"/>
        <source> ≥ ρ = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/weight_spectrum_panel.cpp" line="395"/>
        <source> ≥ max ρ = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/weight_spectrum_panel.cpp" line="409"/>
        <source>no spectrum yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/weight_spectrum_panel.cpp" line="418"/>
        <source>λ = &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/weight_spectrum_panel.cpp" line="419"/>
        <source>, ρ = &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/weight_spectrum_panel.cpp" line="420"/>
        <source>, &lt;b&gt;%1&lt;/b&gt; of %2 eigenvalues outside the unit circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/weight_spectrum_panel.cpp" line="425"/>
        <source>λ = σ_max(W_hh) = &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/weight_spectrum_panel.cpp" line="427"/>
        <source> &amp;nbsp;·&amp;nbsp; ρ = max&amp;nbsp;|μ| = &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/weight_spectrum_panel.cpp" line="428"/>
        <source> (per block: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/weight_spectrum_panel.cpp" line="430"/>
        <source> &amp;nbsp;·&amp;nbsp; γ = %1 &amp;nbsp;·&amp;nbsp; γλ = &lt;b&gt;%2&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/weight_spectrum_panel.cpp" line="304"/>
        <location filename="../../ui/panels/weight_spectrum_panel.cpp" line="337"/>
        <source>Eigenvalues of W_hh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/weight_spectrum_panel.cpp" line="52"/>
        <source>h: eigenvalues of W_hh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/weight_spectrum_panel.cpp" line="120"/>
        <location filename="../../ui/panels/weight_spectrum_panel.cpp" line="304"/>
        <location filename="../../ui/panels/weight_spectrum_panel.cpp" line="337"/>
        <source>Eigenvalues of each gate block of W_hh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/weight_spectrum_panel.cpp" line="327"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/weight_spectrum_panel.cpp" line="393"/>
        <source>σ_max = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/weight_spectrum_panel.cpp" line="431"/>
        <source> &amp;nbsp;·&amp;nbsp; &lt;b&gt;%1&lt;/b&gt; of %2 eigenvalues outside the unit circle</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rnnscope::ui::chart</name>
    <message>
        <location filename="../../ui/panels/chart_widgets.cpp" line="40"/>
        <source>What am I looking at?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/chart_widgets.cpp" line="41"/>
        <source>Show or hide a short explanation of this view and the formula it draws.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/chart_widgets.cpp" line="110"/>
        <source>Layer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/chart_widgets.cpp" line="115"/>
        <source>Which recurrent layer to show. Layer 1 reads the characters; each layer above reads the hidden states of the one below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/chart_widgets.cpp" line="143"/>
        <source>Press Play to train; this view fills after the first step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/chart_math_labels.cpp" line="18"/>
        <source>‖∏ f_t‖ (LSTM c path)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/chart_math_labels.cpp" line="20"/>
        <source>‖∏ (1−z_t)‖ (GRU, course-note form)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/chart_math_labels.cpp" line="21"/>
        <source>‖∏ z_t‖ (GRU, PyTorch form)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/chart_math_labels.cpp" line="31"/>
        <source>∏ f_t, median cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/chart_math_labels.cpp" line="33"/>
        <source>∏ (1−z_t), median cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/chart_math_labels.cpp" line="33"/>
        <source>∏ z_t, median cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/chart_math_labels.cpp" line="42"/>
        <source>in the course notes&apos; form, h′ = (1−z) h + z h̃: z ≈ 1 takes the new candidate h̃</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/chart_math_labels.cpp" line="43"/>
        <source>in PyTorch&apos;s form, h′ = (1−z) n + z h: z ≈ 1 keeps the old state h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/chart_math_labels.cpp" line="47"/>
        <source>1 = take h̃</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/chart_math_labels.cpp" line="47"/>
        <source>1 = keep h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/chart_math_labels.cpp" line="51"/>
        <source>0 = keep h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/chart_math_labels.cpp" line="51"/>
        <source>0 = take n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/chart_math_labels.cpp" line="69"/>
        <source>window of update %1 (weights after update %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/chart_math_labels.cpp" line="70"/>
        <source>window of update %1 (initial weights)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/chart_style.cpp" line="213"/>
        <source>%1 (B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/chart_style.cpp" line="214"/>
        <source>%1 (A)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
